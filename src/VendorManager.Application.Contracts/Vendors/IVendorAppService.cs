using VendorManager.Auditing;
using VendorManager.Common;

namespace VendorManager.Vendors;

public interface IVendorAppService
{
    Task<PagedResultDto<VendorListItemDto>> GetListAsync(GetVendorListInput input, CancellationToken ct = default);
    Task<VendorDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<VendorDto> CreateAsync(CreateVendorInput input, CancellationToken ct = default);
    Task<VendorDto> UpdateAsync(Guid id, UpdateVendorInput input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<EntityChangeDto>> GetHistoryAsync(Guid id, CancellationToken ct = default);
}
