namespace VendorManager.Entities;

/// <summary>Marks an entity whose field-level changes are written to the entity-change history.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute : Attribute;

/// <summary>Leaves a property out of the entity-change history (secrets, derived values).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DisableAuditingAttribute : Attribute;
