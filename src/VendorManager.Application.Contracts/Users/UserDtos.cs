using System.ComponentModel.DataAnnotations;

namespace VendorManager.Users;

public sealed record UserDto(
    Guid Id,
    string UserName,
    string? Email,
    string? DisplayName,
    bool IsActive,
    bool IsLockedOut,
    IReadOnlyList<string> Roles,
    string ConcurrencyStamp,
    DateTime CreatedAt);

public sealed class CreateUserInput
{
    [Required, StringLength(64, MinimumLength = 2), RegularExpression(@"^[A-Za-z0-9._@-]+$",
        ErrorMessage = "User name may contain letters, digits and . _ @ - only.")]
    public string UserName { get; set; } = "";

    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [StringLength(128)]
    public string? DisplayName { get; set; }

    [Required, StringLength(128, MinimumLength = 12)]
    public string Password { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}

public sealed class UpdateUserInput
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [StringLength(128)]
    public string? DisplayName { get; set; }

    public bool IsActive { get; set; } = true;

    public List<string> Roles { get; set; } = [];

    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class ResetPasswordInput
{
    [Required, StringLength(128, MinimumLength = 12)]
    public string NewPassword { get; set; } = "";
}
