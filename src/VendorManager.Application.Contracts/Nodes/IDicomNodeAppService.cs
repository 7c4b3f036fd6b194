using VendorManager.Common;

namespace VendorManager.Nodes;

public interface IDicomNodeAppService
{
    Task<PagedResultDto<DicomNodeDto>> GetListAsync(GetDicomNodeListInput input, CancellationToken ct = default);
    Task<DicomNodeDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<DicomNodeDto> CreateAsync(CreateDicomNodeInput input, CancellationToken ct = default);
    Task<DicomNodeDto> UpdateAsync(Guid id, UpdateDicomNodeInput input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);

    /// <summary>
    /// Imports nodes from CSV (a header row; comma or semicolon separated). Each row is created or
    /// rejected on its own with its reasons; a rejected row changes nothing. With <paramref name="dryRun"/>
    /// nothing is saved and valid rows are reported as Valid.
    /// </summary>
    Task<NodeImportReportDto> ImportCsvAsync(Stream csv, bool dryRun, CancellationToken ct = default);
}
