namespace VendorManager.Entities;

/// <summary>
/// Optimistic concurrency: the stamp a client read travels back with its edit; the unit of work
/// compares it with the stored one and renews it on every save.
/// </summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
