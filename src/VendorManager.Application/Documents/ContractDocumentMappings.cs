using VendorManager.Contracts;

namespace VendorManager.Documents;

internal static class ContractDocumentMappings
{
    public static ContractDocumentDto ToDto(this ContractDocument d, IReadOnlyDictionary<Guid, ContractOwnerDto> uploaders)
        => new(d.Id, d.ContractId, d.Kind, d.Title, d.FileName, d.ContentType, d.Size, d.Sha256, d.EffectiveFrom?.ToDateOnly(),
            d.CreatedAt, d.CreatedBy,
            d.CreatedBy is { } by && uploaders.TryGetValue(by, out var user) ? user.DisplayName ?? user.UserName : null);
}
