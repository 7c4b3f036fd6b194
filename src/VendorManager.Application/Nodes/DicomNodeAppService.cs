using VendorManager.Common;
using VendorManager.Vendors;

namespace VendorManager.Nodes;

public sealed class DicomNodeAppService(
    IDicomNodeRepository nodes,
    DicomNodeRegistrar registrar,
    IVendorRepository vendors,
    DicomNodeCsvImporter importer,
    VersionSourceSecrets secrets,
    IUnitOfWork unitOfWork) : IDicomNodeAppService
{
    public async Task<PagedResultDto<DicomNodeDto>> GetListAsync(GetDicomNodeListInput input, CancellationToken ct = default)
    {
        var (sortBy, descending) = Sorting.Parse(input.Sorting, DicomNodeSortField.Name);
        var (items, total) = await nodes.ListAsync(new DicomNodeQuery(input.Filter, input.Role, input.Site, input.VendorId, input.Enabled,
            sortBy, descending, Math.Max(0, input.SkipCount), Math.Clamp(input.MaxResultCount, 1, PagedAndSortedInput.MaxPageSize)), ct);
        var vendorNames = await VendorNamesAsync(items.Select(n => n.VendorId), ct);
        return new PagedResultDto<DicomNodeDto>(items.Select(n => n.ToDto(vendorNames)).ToList(), total);
    }

    public async Task<DicomNodeDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var node = await nodes.GetAsync(id, ct);
        return node.ToDto(await VendorNamesAsync([node.VendorId], ct));
    }

    public async Task<DicomNodeDto> CreateAsync(CreateDicomNodeInput input, CancellationToken ct = default)
    {
        var node = await registrar.CreateAsync(input.Name, new NodeEndpoint(input.AeTitle, input.Host, input.Port), ct);
        await ApplyAsync(node, input, ct);
        await nodes.InsertAsync(node, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(node.Id, ct);
    }

    public async Task<DicomNodeDto> UpdateAsync(Guid id, UpdateDicomNodeInput input, CancellationToken ct = default)
    {
        var node = await nodes.GetAsync(id, ct);
        node.ConcurrencyStamp = input.ConcurrencyStamp;
        await registrar.RenameAsync(node, input.Name, ct);
        await registrar.MoveAsync(node, new NodeEndpoint(input.AeTitle, input.Host, input.Port), ct);
        await ApplyAsync(node, input, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(node.Id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        nodes.Delete(await nodes.GetAsync(id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    public Task<NodeImportReportDto> ImportCsvAsync(Stream csv, bool dryRun, CancellationToken ct = default)
        => importer.ImportAsync(csv, dryRun, ct);

    private async Task ApplyAsync(DicomNode node, DicomNodeEditInput input, CancellationToken ct)
    {
        node.CallAs(input.CallingAeTitle);
        node.Classify(input.Role, input.Site);
        node.ExpectVersion(input.ExpectedVersion);
        node.ConfigureProbe(ProbeSettings.Create(input.ProbeKind, input.IntervalSeconds, input.DegradedLatencyMs, input.DegradedWhenFindFails));
        if (input.Enabled) node.Enable(); else node.Disable();
        node.ReadVersionFrom(OutOfBandVersionSource.Create(input.VersionSourceKind, input.VersionSourceUrl, input.VersionSourceUserName,
            input.VersionSourcePassword switch
            {
                null => node.VersionSource.ProtectedPassword,
                "" => null,
                var password => secrets.Protect(password),
            }));
        await registrar.AssignVendorAsync(node, input.VendorId, ct);
    }

    private Task<IReadOnlyDictionary<Guid, string>> VendorNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
        => vendors.GetNamesAsync(ids.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList(), ct);
}
