using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using VendorManager.Auditing;
using VendorManager.Contracts;
using VendorManager.Entities;
using VendorManager.Evidence;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.Vendors;
using VendorManager.Versions;

namespace VendorManager.EntityFrameworkCore;

/// <summary>
/// The unit of work. Both providers share this model; each has its own migrations assembly.
/// Data Protection keys live here too, so app instances behind a load balancer share sign-ins.
/// </summary>
public class VendorManagerDbContext(DbContextOptions<VendorManagerDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext, IUnitOfWork
{
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<VendorContact> VendorContacts => Set<VendorContact>();
    public DbSet<DicomNode> DicomNodes => Set<DicomNode>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractTerm> ContractTerms => Set<ContractTerm>();
    public DbSet<ContractNode> ContractNodes => Set<ContractNode>();
    public DbSet<ContractReminderDispatch> ContractReminderDispatches => Set<ContractReminderDispatch>();
    public DbSet<StateInterval> EvidenceIntervals => Set<StateInterval>();
    public DbSet<DailyRollup> DailyRollups => Set<DailyRollup>();
    public DbSet<RawSampleBlock> RawSampleBlocks => Set<RawSampleBlock>();
    public DbSet<NodeProbeStatus> NodeProbeStatuses => Set<NodeProbeStatus>();
    public DbSet<ProbeDispatchCursor> ProbeDispatchCursors => Set<ProbeDispatchCursor>();
    public DbSet<VersionObservation> VersionObservations => Set<VersionObservation>();
    public DbSet<VersionChange> VersionChanges => Set<VersionChange>();
    public DbSet<EntityChange> EntityChanges => Set<EntityChange>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgreSql => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VendorManagerDbContext).Assembly);
        builder.ApplySoftDeleteFilters();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite hands DateTime back as Unspecified, so say so on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<LocalDate?>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<LocalTimeConverter>();
    }

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(
                "Someone else saved this record after you opened it. Reload it to see their changes, then apply yours again.", ex);
        }
    }

    void IUnitOfWork.DiscardChanges() => ChangeTracker.Clear();

    internal static bool IsAudited(Type type) => type.IsDefined(typeof(AuditedAttribute), inherit: true);
}
