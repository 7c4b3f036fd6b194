using VendorManager.Entities;

namespace VendorManager.Calendar;

/// <summary>
/// The secret in a calendar subscription URL. Calendar clients (Outlook, Google) fetch the feed
/// without cookies or headers, so the URL itself is the credential: only the SHA-256 of the secret
/// is stored, so a database dump cannot be replayed, and the secret is shown once, when the feed is
/// created. A feed lives until it is revoked; it answers only while its owner is active and may
/// read contracts.
/// </summary>
public class CalendarFeedToken : Entity<Guid>
{
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = null!;
    public string TokenHash { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    private CalendarFeedToken() { }

    private CalendarFeedToken(Guid id, Guid userId, string name, string tokenHash, DateTime createdAt) : base(id)
    {
        UserId = userId;
        Name = name;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
    }

    /// <summary>Creates a feed and returns it with the secret, which the caller shows once.</summary>
    public static (CalendarFeedToken Feed, string Secret) Create(Guid userId, string? name, DateTime now)
    {
        var trimmed = Check.NotBlank(name, CalendarFeedConsts.MaxNameLength, "Name",
            CalendarErrorCodes.NameRequired, CalendarErrorCodes.NameTooLong);
        // base64url: the secret sits in a URL path and must survive every client's escaping untouched.
        var secret = BearerSecret.New(CalendarFeedConsts.Prefix);
        return (new CalendarFeedToken(Guid.CreateVersion7(), userId, trimmed, Hash(secret), now), secret);
    }

    public static string Hash(string secret) => BearerSecret.Hash(secret);

    /// <summary>Whether <paramref name="secret"/> could be one of ours: saves a database lookup for scanners' guesses.</summary>
    public static bool LooksLikeSecret(string? secret)
        => secret is { Length: CalendarFeedConsts.SecretLength }
           && secret.StartsWith(CalendarFeedConsts.Prefix, StringComparison.Ordinal)
           && !secret.AsSpan(CalendarFeedConsts.Prefix.Length).ContainsAnyExcept(Base64UrlCharacters);

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void MarkUsed(DateTime now) => LastUsedAt = now;

    private static readonly System.Buffers.SearchValues<char> Base64UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
