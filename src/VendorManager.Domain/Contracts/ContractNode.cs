using VendorManager.Entities;

namespace VendorManager.Contracts;

/// <summary>A DICOM node the contract covers. Keyed by (ContractId, NodeId): a node is covered once per contract.</summary>
[Audited]
public class ContractNode : IChildEntity
{
    public Guid ContractId { get; private set; }
    public Guid NodeId { get; private set; }

    Type IChildEntity.RootType => typeof(Contract);
    object IChildEntity.RootId => ContractId;

    private ContractNode() { }

    internal ContractNode(Guid contractId, Guid nodeId)
    {
        ContractId = contractId;
        NodeId = nodeId;
    }
}
