using System.Globalization;
using NodaTime;
using NodaTime.Text;
using VendorManager.Contracts;
using Xunit;

namespace VendorManager.Domain.Tests.Contracts;

internal static class ContractTestData
{
    public const string Amsterdam = "Europe/Amsterdam";

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static DateTime Utc(string iso)
        => DateTime.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    /// <summary>Noon UTC: the same calendar day in every zone these tests use except the Pacific ones.</summary>
    public static DateTime On(string isoDate) => Utc(isoDate + "T12:00:00Z");

    public static Contract NewContract(string start, string end, string zone = Amsterdam, string recordedOn = "2020-01-01")
        => new(Guid.NewGuid(), Guid.NewGuid(), "SC-2026-001", ContractKind.ServiceMaintenance, Guid.NewGuid(), zone,
            D(start), D(end), On(recordedOn));

    public static Contract Automatic(string start, string end, ContractPeriod renewal, ContractPeriod? notice = null, string zone = Amsterdam)
    {
        var contract = NewContract(start, end, zone);
        contract.ChangeRenewal(RenewalKind.Automatic, renewal, notice, On("2020-01-01"));
        return contract;
    }

    public static Contract ByDecision(string start, string end, ContractPeriod renewal, ContractPeriod? notice = null)
    {
        var contract = NewContract(start, end);
        contract.ChangeRenewal(RenewalKind.ExplicitDecision, renewal, notice, On("2020-01-01"));
        return contract;
    }

    public static ContractDates Evaluate(Contract contract, string today) => ContractDateEngine.Evaluate(contract, On(today));

    public static BusinessException AssertCode(string code, Action action)
    {
        var ex = Assert.ThrowsAny<BusinessException>(action);
        Assert.Equal(code, ex.Code);
        return ex;
    }

    public static ContractPeriod Period(int count, string unit) => ContractPeriod.Create(count, Enum.Parse<PeriodUnit>(unit));
}
