using Microsoft.AspNetCore.Mvc;
using VendorManager.Contracts;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>The pages about one contract (/Contracts/{id}/...): each shows the contract as stored beside its form.</summary>
public abstract class ContractPageModel(IContractAppService contracts) : AppPageModel
{
    protected IContractAppService ContractService { get; } = contracts;

    [FromRoute]
    public Guid Id { get; set; }

    public ContractDto Contract { get; protected set; } = null!;

    /// <summary>False for an unknown (or deleted) contract: answer 404.</summary>
    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Contract = await ContractService.GetAsync(Id, ct);
            return true;
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
    }
}
