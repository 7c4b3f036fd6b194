namespace VendorManager.Versions;

public interface IVersionEvidenceRepository
{
    /// <summary>The node's observations for one source, tracked for update.</summary>
    Task<IReadOnlyList<VersionObservation>> GetObservationsAsync(Guid nodeId, VersionSource source, CancellationToken ct = default);
    /// <summary>Every observation of the node, all sources, oldest first; read only.</summary>
    Task<IReadOnlyList<VersionObservation>> ListObservationsAsync(Guid nodeId, CancellationToken ct = default);
    /// <summary>Changes of one node, or of all nodes when null; newest first, read only.</summary>
    Task<IReadOnlyList<VersionChange>> ListChangesAsync(Guid? nodeId, int take, CancellationToken ct = default);
    Task<VersionChange?> FindChangeAsync(Guid id, CancellationToken ct = default);
    /// <summary>Tracks, as unchanged, observations an earlier unit of work in this process read or saved (see <c>IEvidenceRepository.Resume</c>).</summary>
    void Resume(IEnumerable<VersionObservation> observations);
    void AddObservation(VersionObservation observation);
    void AddChange(VersionChange change);
}
