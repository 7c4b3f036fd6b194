namespace VendorManager.Entities;

/// <summary>Who created and last changed a row, and when (UTC). Stamped by the unit of work.</summary>
public interface IAuditedObject
{
    DateTime CreatedAt { get; }
    Guid? CreatedBy { get; }
    DateTime? ModifiedAt { get; }
    Guid? ModifiedBy { get; }
}
