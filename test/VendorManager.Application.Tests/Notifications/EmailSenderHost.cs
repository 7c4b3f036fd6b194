using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Notifications.Email;
using VendorManager.TestBase.Mail;

namespace VendorManager.Application.Tests.Notifications;

/// <summary>
/// The e-mail sender as the application registers it, bound from "Smtp" settings given as
/// configuration keys, so binding and validation are exercised along with sending.
/// </summary>
internal sealed class EmailSenderHost : IAsyncDisposable
{
    public const string From = "vendormanager@hospital.test";

    private readonly ServiceProvider provider;

    public EmailSenderHost(IDictionary<string, string?> smtp)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(smtp.Select(s => KeyValuePair.Create($"Smtp:{s.Key}", s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVendorManagerApplication(configuration);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public IEmailSender Sender => provider.GetRequiredService<IEmailSender>();

    /// <summary>Settings pointing at the test server, plain text, with a sender address.</summary>
    public static Dictionary<string, string?> For(SmtpTestServer server) => For(server.Host, server.Port);

    public static Dictionary<string, string?> For(string host, int port) => new()
    {
        ["Host"] = host,
        ["Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FromAddress"] = From,
        ["TimeoutSeconds"] = "10",
    };

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
