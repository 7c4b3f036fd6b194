using VendorManager.Contracts;
using VendorManager.Domain.Tests.Nodes;
using VendorManager.Domain.Tests.Vendors;
using VendorManager.Nodes;
using VendorManager.Vendors;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractManagerTests
{
    private readonly InMemoryContractRepository _contracts = new();
    private readonly InMemoryVendorRepository _vendors = new();
    private readonly InMemoryNodeRepository _nodes = new();
    private ContractManager Manager => new(_contracts, _vendors, _nodes);

    private async Task<Guid> VendorAsync(string name)
    {
        var vendor = await new VendorRegistrar(_vendors).CreateAsync(name, VendorKind.Pacs);
        await _vendors.InsertAsync(vendor);
        return vendor.Id;
    }

    private Task<Contract> CreateAsync(Guid vendorId, string number)
        => Manager.CreateAsync(vendorId, number, ContractKind.ServiceMaintenance, Guid.NewGuid(), Amsterdam, D("2026-01-01"), D("2026-12-31"), On("2026-01-01"));

    [Fact]
    public async Task Should_Refuse_A_Second_Contract_With_The_Same_Number_At_One_Vendor()
    {
        var sectra = await VendorAsync("Sectra");
        var agfa = await VendorAsync("Agfa");
        await _contracts.InsertAsync(await CreateAsync(sectra, "SC-2026-001"));

        var ex = await Assert.ThrowsAsync<BusinessException>(() => CreateAsync(sectra, " sc-2026-001 "));
        Assert.Equal((Codes.NumberAlreadyExists, BusinessErrorKind.Conflict, "Number"), (ex.Code, ex.Kind, ex.Field));
        Assert.Equal("SC-2026-001", (await CreateAsync(agfa, "SC-2026-001")).Number);
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Vendor()
    {
        var ex = await Assert.ThrowsAsync<BusinessException>(() => CreateAsync(Guid.NewGuid(), "SC-1"));
        Assert.Equal(Codes.VendorNotFound, ex.Code);
    }

    [Fact]
    public async Task Should_Renumber_Unless_The_Number_Is_Taken()
    {
        var sectra = await VendorAsync("Sectra");
        var first = await CreateAsync(sectra, "SC-1");
        var second = await CreateAsync(sectra, "SC-2");
        await _contracts.InsertAsync(first);
        await _contracts.InsertAsync(second);

        await Manager.RenumberAsync(first, "sc-1");
        Assert.Equal("sc-1", first.Number);
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Manager.RenumberAsync(second, "SC-1"));
        Assert.Equal(Codes.NumberAlreadyExists, ex.Code);
        Assert.Equal("SC-2", second.Number);
    }

    [Fact]
    public async Task Should_Cover_Existing_Nodes_And_Refuse_All_When_One_Is_Missing()
    {
        var contract = await CreateAsync(await VendorAsync("Sectra"), "SC-1");
        var archive = await new DicomNodeRegistrar(_nodes, _vendors).CreateAsync("Archive", new NodeEndpoint("ARCHIVE", "pacs01", 104));
        await _nodes.InsertAsync(archive);

        await Manager.CoverNodesAsync(contract, [archive.Id, archive.Id]);
        Assert.Equal(archive.Id, Assert.Single(contract.CoveredNodes).NodeId);

        var missing = Guid.NewGuid();
        contract.Uncover(archive.Id);
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Manager.CoverNodesAsync(contract, [archive.Id, missing]));
        Assert.Equal(Codes.NodeNotFound, ex.Code);
        Assert.Contains(missing.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Empty(contract.CoveredNodes);
    }
}
