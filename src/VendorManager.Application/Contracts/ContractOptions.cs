namespace VendorManager.Contracts;

/// <summary>The "Contracts" settings.</summary>
public sealed class ContractOptions
{
    public const string SectionName = "Contracts";

    /// <summary>
    /// The IANA zone a new contract's days are read in when the input names none: the hospital's
    /// own. A deadline is a whole day there, so set it once per installation; changing it later
    /// does not move existing contracts.
    /// </summary>
    public string DefaultTimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>The error for a zone NodaTime's TZDB does not know; null when the setting is usable.</summary>
    public string? Problem()
    {
        try
        {
            ContractTimeZone.Validate(DefaultTimeZone, nameof(DefaultTimeZone));
            return null;
        }
        catch (BusinessException ex)
        {
            return $"Contracts:DefaultTimeZone: {ex.Message}";
        }
    }
}
