using Serilog;
using VendorManager.Web.Hosting;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddVendorManager();

    var app = builder.Build();
    await app.InitializeDatabaseAsync();
    app.UseVendorManager();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "VendorManager stopped because of an error at start-up");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public so the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
