namespace VendorManager.Probing;

/// <summary>One node's probe at one slot.</summary>
public sealed record ProbeSlot(Guid NodeId, DateTime Slot);
