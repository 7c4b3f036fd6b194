namespace VendorManager.Auditing;

public interface IEntityChangeRepository
{
    /// <summary>Changes to an aggregate and its parts, newest first.</summary>
    Task<IReadOnlyList<EntityChange>> ListForRootAsync(string rootType, string rootId, int take, CancellationToken ct = default);
}
