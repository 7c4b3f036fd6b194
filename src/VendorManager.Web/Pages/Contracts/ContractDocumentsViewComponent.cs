using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using VendorManager.Contracts;
using VendorManager.Documents;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>What the documents section of a contract's page shows.</summary>
public sealed record ContractDocumentsView(
    ContractDto Contract,
    IReadOnlyList<ContractDocumentDto> Documents,
    bool CanManage,
    long MaxBytes,
    DocumentUploadForm Input,
    RefusedUpload? Refused);

/// <summary>
/// The documents section of a contract's page: it loads its own list, so the contract page only
/// hands it the contract, and it brings back a refused upload's input and messages.
/// </summary>
public sealed class ContractDocumentsViewComponent(
    IContractDocumentAppService documents,
    IAuthorizationService authorization,
    IOptions<DocumentOptions> options,
    IModelMetadataProvider metadata) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContractDto contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var list = await documents.GetListAsync(contract.Id, HttpContext.RequestAborted);
        var canManage = (await authorization.AuthorizeAsync(UserClaimsPrincipal, VendorManagerPermissions.Contracts.Manage)).Succeeded;
        var refused = canManage ? TakeRefusedUpload(contract.Id) : null;

        // A ModelState of its own: the messages belong to this form, not to the page around it.
        var viewData = new ViewDataDictionary<ContractDocumentsView>(metadata, new ModelStateDictionary())
        {
            Model = new ContractDocumentsView(contract, list, canManage, options.Value.MaxBytes, refused?.Form() ?? new DocumentUploadForm(), refused),
        };
        foreach (var message in refused?.Messages ?? [])
            viewData.ModelState.AddModelError(message.Field, message.Text);
        return new ViewViewComponentResult { ViewName = "Default", ViewData = viewData, TempData = TempData };
    }

    /// <summary>Taken once: the refusal shows on the page the upload returns to and on no later one.</summary>
    private RefusedUpload? TakeRefusedUpload(Guid contractId)
        => RefusedUpload.FromJson(TempData[RefusedUpload.TempDataKey]) is { } refused && refused.ContractId == contractId ? refused : null;
}
