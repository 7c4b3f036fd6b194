using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using VendorManager.Documents;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>How a document's values read on the contract page.</summary>
public static class DocumentText
{
    public static string Kind(ContractDocumentKind kind) => kind switch
    {
        ContractDocumentKind.SignedContract => "Signed contract",
        ContractDocumentKind.Amendment => "Amendment",
        ContractDocumentKind.SlaSchedule => "SLA schedule",
        ContractDocumentKind.Quote => "Quote",
        ContractDocumentKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static List<SelectListItem> KindOptions() => ContractText.Options<ContractDocumentKind>(Kind);

    /// <summary>What the content was detected to be, in words ("PDF", "Word document").</summary>
    public static string Format(string contentType) => DocumentFormat.FromMediaType(contentType)?.Name ?? contentType;

    /// <summary>In the same units as the size limit's messages.</summary>
    public static string Size(long bytes) => DocumentRefusals.DescribeSize(bytes);

    public static string ExactSize(long bytes) => bytes.ToString("#,0", CultureInfo.InvariantCulture) + " bytes";

    /// <summary>Enough of the digest to tell documents apart at a glance; the full value is one click away.</summary>
    public static string ShortHash(string sha256) => sha256.Length > 12 ? sha256[..12] + "\u2026" : sha256;

    /// <summary>The file chooser's filter: a convenience only, since the server judges the content, never the name.</summary>
    public static string Accept { get; } = string.Join(",", DocumentFormat.All.SelectMany(f => f.ExtensionAliases).Distinct());

    public static string AcceptedFormats => DocumentFormat.AllowedNames;
}
