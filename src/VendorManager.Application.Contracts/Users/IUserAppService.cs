namespace VendorManager.Users;

public interface IUserAppService
{
    Task<IReadOnlyList<UserDto>> GetListAsync(CancellationToken ct = default);
    Task<UserDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<UserDto> CreateAsync(CreateUserInput input, CancellationToken ct = default);
    Task<UserDto> UpdateAsync(Guid id, UpdateUserInput input, CancellationToken ct = default);
    Task ResetPasswordAsync(Guid id, ResetPasswordInput input, CancellationToken ct = default);
}
