using Microsoft.AspNetCore.Mvc.Rendering;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// What the contract form's selects offer. <see cref="VendorName"/> is set on edit, where the vendor
/// is fixed; <see cref="Nodes"/> only on create (covered nodes have a page of their own afterwards).
/// </summary>
public sealed record ContractFormChoices(
    List<SelectListItem> Vendors,
    string? VendorName,
    List<SelectListItem> Owners,
    List<SelectListItem> TimeZones,
    List<SelectListItem>? Nodes,
    string DefaultTimeZone);
