namespace VendorManager.Contracts;

/// <summary>Availability below <see cref="BelowPercent"/> earns <see cref="CreditPercent"/> of the period fee.</summary>
public sealed record ServiceCreditTier(decimal BelowPercent, decimal CreditPercent);
