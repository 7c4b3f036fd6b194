using VendorManager.Domain.Tests.Vendors;
using VendorManager.Nodes;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes.Nodes;

namespace VendorManager.Domain.Tests.Nodes;

public sealed class DicomNodeRegistrarTests
{
    private readonly InMemoryNodeRepository _nodes = new();
    private readonly InMemoryVendorRepository _vendors = new();
    private DicomNodeRegistrar Registrar => new(_nodes, _vendors);

    [Fact]
    public async Task Should_Refuse_A_Second_Node_With_The_Same_Name_Or_Endpoint()
    {
        await _nodes.InsertAsync(await Registrar.CreateAsync("Main archive", new NodeEndpoint("ARCHIVE", "pacs01", 104)));

        var byName = await Assert.ThrowsAsync<BusinessException>(() => Registrar.CreateAsync("MAIN ARCHIVE", new NodeEndpoint("OTHER", "pacs02", 104)));
        Assert.Equal(Codes.NameAlreadyExists, byName.Code);
        var byEndpoint = await Assert.ThrowsAsync<BusinessException>(() => Registrar.CreateAsync("Backup", new NodeEndpoint("ARCHIVE", "PACS01", 104)));
        Assert.Equal(Codes.EndpointAlreadyRegistered, byEndpoint.Code);

        // Same host and port, another AE title: a different application entity, allowed.
        Assert.NotNull(await Registrar.CreateAsync("Query service", new NodeEndpoint("ARCHIVE_QR", "pacs01", 104)));
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Vendor_And_Accept_None()
    {
        var node = await Registrar.CreateAsync("CT 1", new NodeEndpoint("CT1", "ct1", 104));
        await Registrar.AssignVendorAsync(node, null);
        Assert.Null(node.VendorId);
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Registrar.AssignVendorAsync(node, Guid.NewGuid()));
        Assert.Equal(Codes.VendorNotFound, ex.Code);
    }
}
