using VendorManager.Vendors;

namespace VendorManager.Nodes;

/// <summary>
/// The rules that need the database: a node's name and its endpoint are unique among nodes not
/// deleted (two registry rows for one AE at one address would double-count its downtime), and a
/// vendor it names exists.
/// </summary>
public sealed class DicomNodeRegistrar(IDicomNodeRepository nodes, IVendorRepository vendors)
{
    public async Task<DicomNode> CreateAsync(string? name, NodeEndpoint endpoint, CancellationToken ct = default)
    {
        var node = new DicomNode(Guid.CreateVersion7(), name!, endpoint);
        await EnsureNameIsFreeAsync(node.Name, null, ct);
        await EnsureEndpointIsFreeAsync(endpoint, null, ct);
        return node;
    }

    public async Task RenameAsync(DicomNode node, string? name, CancellationToken ct = default)
    {
        var probe = new DicomNode(node.Id, name!, node.Endpoint);
        await EnsureNameIsFreeAsync(probe.Name, node.Id, ct);
        node.SetName(probe.Name);
    }

    public async Task MoveAsync(DicomNode node, NodeEndpoint endpoint, CancellationToken ct = default)
    {
        await EnsureEndpointIsFreeAsync(endpoint, node.Id, ct);
        node.MoveTo(endpoint);
    }

    public async Task AssignVendorAsync(DicomNode node, Guid? vendorId, CancellationToken ct = default)
    {
        if (vendorId is { } id)
        {
            try
            {
                await vendors.GetAsync(id, ct);
            }
            catch (EntityNotFoundException)
            {
                throw new BusinessException(VendorManagerErrorCodes.Nodes.VendorNotFound, $"There is no vendor with id {id}.", nameof(DicomNode.VendorId));
            }
        }
        node.SuppliedBy(vendorId);
    }

    private async Task EnsureNameIsFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var existing = await nodes.FindByNormalizedNameAsync(DicomNode.NormalizeName(name), ct);
        if (existing is not null && existing.Id != exceptId)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.NameAlreadyExists,
                $"A node named '{existing.Name}' already exists.", nameof(DicomNode.Name), BusinessErrorKind.Conflict);
    }

    private async Task EnsureEndpointIsFreeAsync(NodeEndpoint endpoint, Guid? exceptId, CancellationToken ct)
    {
        var existing = await nodes.FindByEndpointAsync(endpoint, ct);
        if (existing is not null && existing.Id != exceptId)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.EndpointAlreadyRegistered,
                $"{endpoint} is already registered as node '{existing.Name}'.", nameof(DicomNode.AeTitle), BusinessErrorKind.Conflict);
    }
}
