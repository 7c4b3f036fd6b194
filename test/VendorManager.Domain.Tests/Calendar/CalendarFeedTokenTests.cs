using VendorManager.Calendar;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Calendar;

public sealed class CalendarFeedTokenTests
{
    [Fact]
    public void Should_Store_Only_The_Hash_Of_A_Url_Safe_Secret()
    {
        var (feed, secret) = CalendarFeedToken.Create(Guid.NewGuid(), "  Outlook on my laptop ", On("2026-03-02"));

        Assert.Equal("Outlook on my laptop", feed.Name);
        Assert.StartsWith(CalendarFeedConsts.Prefix, secret);
        Assert.Equal(CalendarFeedConsts.SecretLength, secret.Length);
        Assert.True(CalendarFeedToken.LooksLikeSecret(secret));
        Assert.Equal(Uri.EscapeDataString(secret), secret);
        Assert.Equal(CalendarFeedToken.Hash(secret), feed.TokenHash);
        Assert.DoesNotContain(secret[CalendarFeedConsts.Prefix.Length..], feed.TokenHash, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(secret, CalendarFeedToken.Create(Guid.NewGuid(), "Other", On("2026-03-02")).Secret);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vmcal_short")]
    [InlineData("vm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("vmcal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("vmcal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    public void Should_Not_Take_Something_Else_For_A_Secret(string? candidate)
        => Assert.False(CalendarFeedToken.LooksLikeSecret(candidate));

    [Fact]
    public void Should_Require_A_Name_Of_Bounded_Length()
    {
        AssertCode(CalendarErrorCodes.NameRequired, () => CalendarFeedToken.Create(Guid.NewGuid(), " ", On("2026-03-02")));
        AssertCode(CalendarErrorCodes.NameTooLong, () => CalendarFeedToken.Create(Guid.NewGuid(), new string('x', 129), On("2026-03-02")));
    }

    [Fact]
    public void Should_Keep_The_First_Revocation_Time()
    {
        var (feed, _) = CalendarFeedToken.Create(Guid.NewGuid(), "Phone", On("2026-03-02"));

        feed.Revoke(On("2026-03-03"));
        feed.Revoke(On("2026-03-04"));

        Assert.True(feed.IsRevoked);
        Assert.Equal(On("2026-03-03"), feed.RevokedAt);
    }
}
