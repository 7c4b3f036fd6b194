using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VendorManager.ApiTokens;
using VendorManager.Calendar;
using VendorManager.Common;
using VendorManager.Contracts;
using VendorManager.Documents;
using VendorManager.Evidence;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.Nodes.VersionSources;
using VendorManager.Notifications.Email;
using VendorManager.Probing;
using VendorManager.Seeding;
using VendorManager.Users;
using VendorManager.Vendors;
using VendorManager.Versions;

namespace VendorManager;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddVendorManagerApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<IdentitySeedOptions>(configuration.GetSection("Seed"));

        services.AddScoped<VendorRegistrar>();
        services.AddScoped<VendorRemovalRule>();
        services.AddScoped<IVendorAppService, VendorAppService>();
        services.AddScoped<DicomNodeRegistrar>();
        services.AddScoped<DicomNodeCsvImporter>();
        services.AddScoped<IDicomNodeAppService, DicomNodeAppService>();
        services.AddSingleton<VersionSourceSecrets>();
        services.AddOptions<ContractOptions>().Bind(configuration.GetSection(ContractOptions.SectionName))
            .Validate(o => o.Problem() is null, "Contracts:DefaultTimeZone must be an IANA time zone such as Europe/Amsterdam.")
            .ValidateOnStart();
        services.AddScoped<ContractManager>();
        services.AddScoped<ContractOwnerDirectory>();
        services.AddScoped<ContractListingRefresher>();
        services.AddScoped<ContractScheduleRefresher>();
        services.AddScoped<IContractAppService, ContractAppService>();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.SectionName))
            .Validate(o => o.Problem() is null, "Documents:MaxBytes must be a positive number of bytes.")
            .ValidateOnStart();
        services.AddScoped<IContractDocumentAppService, ContractDocumentAppService>();
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.SectionName))
            .Validate(o => o.Problem() is null, "App:BaseUrl must be an absolute http(s) address such as https://vendormanager.hospital.example.")
            .ValidateOnStart();
        services.AddOptions<ContractReminderOptions>().Bind(configuration.GetSection(ContractReminderOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContractReminderOptions>, ContractReminderOptionsValidator>());
        services.AddScoped<ContractReminderRecipients>();
        services.AddScoped<ContractReminderLogWriter>();
        services.AddScoped<ContractReminderPlanner>();
        services.AddScoped<ContractReminderDispatcher>();
        services.AddScoped<IContractReminderAppService, ContractReminderAppService>();
        services.AddScoped<SendContractRemindersJob>();
        services.AddScoped<RefreshContractSchedulesJob>();
        services.AddScoped<ContractDeadlineFinder>();
        services.AddScoped<ICalendarEventSource, ContractDeadlineEventSource>();
        services.AddSingleton<CalendarFeedWriter>();
        services.AddScoped<ICalendarFeedAppService, CalendarFeedAppService>();
        services.AddScoped<ICalendarAppService, CalendarAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IApiTokenAppService, ApiTokenAppService>();
        services.AddScoped<ApiTokenValidator>();
        services.AddScoped<IdentityDataSeeder>();
        services.AddScoped<PurgeExpiredApiTokensJob>();

        services.AddOptions<ProbingOptions>().Bind(configuration.GetSection("Probing")).Validate(o => { o.Validate(); return true; });
        services.AddScoped<NodeProber>();
        services.AddScoped<OutOfBandVersionProbe>();
        services.AddScoped<ProbeEvidenceWriter>();
        services.AddScoped<INodeEvidenceAppService, NodeEvidenceAppService>();
        services.AddScoped<ProbeNodeJob>();
        services.AddScoped<ProbeBatchJob>();
        services.AddSingleton<ProbeConcurrency>();
        services.AddSingleton<NodeProbeGate>();
        services.AddSingleton<NodeEvidenceCache>();
        services.AddScoped<DispatchProbesJob>();
        services.AddScoped<PruneRawSamplesJob>();
        services.AddScoped<IVersionChangeNotifier, EmailVersionChangeNotifier>();

        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.AddSingleton<IEmailSender, MailKitEmailSender>();

        services.AddHttpClient(OrthancSystemVersionReader.HttpClientName, client => client.Timeout = OrthancSystemVersionReader.DefaultTimeout);
        services.AddSingleton<OrthancSystemVersionReader>();
        return services;
    }
}
