using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Configurations;

/// <summary>
/// SLA terms live in one JSON column of the contract (jsonb on PostgreSQL, text on SQLite): they are
/// read and replaced as a whole, never queried by their parts, and the lists inside them would
/// otherwise need three tables. The lists are mapped through the aggregate's private fields,
/// which keeps the public lists read-only.
/// </summary>
internal static class SlaTermsMapping
{
    public static void Configure(ComplexPropertyBuilder<SlaTerms> sla)
    {
        sla.ToJson("Sla");
        sla.Property(s => s.TimeZoneId).HasMaxLength(ContractConsts.MaxTimeZoneIdLength);
        sla.Ignore(s => s.CoverageWindows);
        sla.Ignore(s => s.CreditTiers);
        sla.Ignore(s => s.SeverityTargets);
        sla.ComplexCollection<List<CoverageWindow>, CoverageWindow>("_coverageWindows",
            w => w.HasJsonPropertyName(nameof(SlaTerms.CoverageWindows)));
        sla.ComplexCollection<List<ServiceCreditTier>, ServiceCreditTier>("_creditTiers",
            t => t.HasJsonPropertyName(nameof(SlaTerms.CreditTiers)));
        sla.ComplexCollection<List<SeverityTarget>, SeverityTarget>("_severityTargets",
            t => t.HasJsonPropertyName(nameof(SlaTerms.SeverityTargets)));
    }
}
