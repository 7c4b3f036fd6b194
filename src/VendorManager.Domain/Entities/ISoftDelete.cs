namespace VendorManager.Entities;

/// <summary>Deleting such a row only marks it; queries hide it through a global filter.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTime? DeletedAt { get; }
    Guid? DeletedBy { get; }
}
