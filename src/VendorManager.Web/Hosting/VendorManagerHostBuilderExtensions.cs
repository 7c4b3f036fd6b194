using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;
using Serilog;
using VendorManager.EntityFrameworkCore;
using VendorManager.ExceptionHandling;
using VendorManager.Identity;
using VendorManager.Seeding;
using VendorManager.Users;
using VendorManager.Web.BackgroundJobs;
using VendorManager.Web.Security;

namespace VendorManager.Web.Hosting;

/// <summary>The composition root: every layer is wired here and nowhere else.</summary>
public static class VendorManagerHostBuilderExtensions
{
    public static WebApplicationBuilder AddVendorManager(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Host.UseSerilog((context, sp, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext());

        var database = configuration.ReadDatabaseOptions(builder.Environment.ContentRootPath);
        services.AddVendorManagerEntityFrameworkCore(database);
        services.AddVendorManagerApplication(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddIdentity<AppUser, AppRole>(IdentityPolicy.Apply)
            .AddEntityFrameworkStores<VendorManagerDbContext>()
            .AddDefaultTokenProviders();
        // A disabled user or changed roles take effect within a minute on every instance.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddDataProtection()
            .SetApplicationName("VendorManager")
            .PersistKeysToDbContext<VendorManagerDbContext>();

        services.AddVendorManagerAuthentication();
        services.AddVendorManagerAuthorization();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Validation error keys use the JSON names ("contacts[0].email"), as the domain's field errors do.
        services.AddControllers(o => o.ModelMetadataDetailsProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.SystemTextJsonValidationMetadataProvider()))
            .AddApplicationPart(typeof(ProblemDetailsExceptionHandler).Assembly)
            .ConfigureApiBehaviorOptions(InvalidModelStateProblems.AddStableCode)
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "VendorManager API";
            document.Info.Description = "Vendors, contracts, DICOM nodes and SLA evidence. Authenticate with `Authorization: Bearer <token>` from POST /api/token.";
            return Task.CompletedTask;
        }));

        services.AddHealthChecks()
            .AddDbContextCheck<VendorManagerDbContext>("database", tags: ["ready"]);

        services.AddVendorManagerHangfire(configuration, database);

        // Behind a TLS-terminating reverse proxy the app must see the client's scheme (secure
        // cookies, redirects) and address (logs). Only the proxies listed are believed.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
                if (System.Net.IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
        });
        return builder;
    }

    public static WebApplication UseVendorManager(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.UseSerilogRequestLogging(RequestLogRedaction.Configure);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("VendorManager API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        app.MapControllers();
        app.MapRazorPages();
        app.MapVendorManagerHangfireDashboard();
        return app;
    }
}
