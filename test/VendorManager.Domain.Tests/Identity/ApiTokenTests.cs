using VendorManager.Identity;
using Xunit;

namespace VendorManager.Domain.Tests.Identity;

public sealed class ApiTokenTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Issue_A_Prefixed_Secret_And_Store_Only_Its_Hash()
    {
        var (token, secret) = ApiToken.Issue(Guid.NewGuid(), "export", Now, Now.AddDays(30));
        Assert.StartsWith(ApiTokenConsts.Prefix, secret);
        Assert.NotEqual(secret, token.TokenHash);
        Assert.Equal(ApiToken.Hash(secret), token.TokenHash);
        Assert.True(token.IsValidAt(Now.AddDays(29)));
        Assert.False(token.IsValidAt(Now.AddDays(30)));
    }

    [Fact]
    public void Should_Reject_An_Expiry_In_The_Past_Or_Beyond_A_Year()
    {
        Assert.Equal(VendorManagerErrorCodes.ApiTokens.ExpiryInPast,
            Assert.Throws<BusinessException>(() => ApiToken.Issue(Guid.NewGuid(), "x", Now, Now)).Code);
        Assert.Equal(VendorManagerErrorCodes.ApiTokens.ExpiryTooFar,
            Assert.Throws<BusinessException>(() => ApiToken.Issue(Guid.NewGuid(), "x", Now, Now.AddDays(366))).Code);
    }

    [Fact]
    public void Should_Stop_Accepting_A_Revoked_Token()
    {
        var (token, _) = ApiToken.Issue(Guid.NewGuid(), "x", Now, Now.AddDays(1));
        token.Revoke(Now.AddHours(1));
        Assert.False(token.IsValidAt(Now.AddHours(2)));
    }
}
