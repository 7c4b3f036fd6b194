namespace VendorManager.Entities;

/// <summary>
/// A part of an aggregate stored in its own table. A change to it counts as a change to the
/// root: the root's concurrency stamp is checked and renewed, and the history lists it there.
/// </summary>
public interface IChildEntity
{
    Type RootType { get; }
    object RootId { get; }
}
