using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.ApiTokens;
using VendorManager.Jobs;
using VendorManager.Seeding;
using VendorManager.Users;
using VendorManager.Vendors;

namespace VendorManager;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddVendorManagerApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<IdentitySeedOptions>(configuration.GetSection("Seed"));

        services.AddScoped<VendorRegistrar>();
        services.AddScoped<IVendorAppService, VendorAppService>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IApiTokenAppService, ApiTokenAppService>();
        services.AddScoped<ApiTokenValidator>();
        services.AddScoped<IdentityDataSeeder>();
        services.AddScoped<PurgeExpiredApiTokensJob>();
        return services;
    }
}
