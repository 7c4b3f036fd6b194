using System.ComponentModel.DataAnnotations;
using VendorManager.Common;

namespace VendorManager.Nodes;

public sealed record DicomNodeDto(
    Guid Id,
    string Name,
    string AeTitle,
    string Host,
    int Port,
    string CallingAeTitle,
    NodeRole Role,
    string? Site,
    Guid? VendorId,
    string? VendorName,
    string? ExpectedVersion,
    ProbeSettingsDto Probe,
    VersionSourceDto VersionSource,
    bool Enabled,
    string ConcurrencyStamp,
    DateTime CreatedAt,
    DateTime? ModifiedAt);

/// <summary>The out-of-band version source; the password is never returned, only whether one is stored.</summary>
public sealed record VersionSourceDto(OutOfBandVersionKind Kind, string? BaseUrl, string? UserName, bool HasPassword);

public sealed record ProbeSettingsDto(ProbeKind Kind, int IntervalSeconds, int? DegradedLatencyMs, bool DegradedWhenFindFails);

public sealed class GetDicomNodeListInput : PagedAndSortedInput
{
    [StringLength(DicomNodeConsts.MaxNameLength)]
    public string? Filter { get; set; }
    public NodeRole? Role { get; set; }
    [StringLength(DicomNodeConsts.MaxSiteLength)]
    public string? Site { get; set; }
    public Guid? VendorId { get; set; }
    public bool? Enabled { get; set; }
}

public class DicomNodeEditInput
{
    [Required, StringLength(DicomNodeConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required]
    public string AeTitle { get; set; } = "";

    [Required]
    public string Host { get; set; } = "";

    public int Port { get; set; } = 104;

    public string? CallingAeTitle { get; set; }

    public NodeRole Role { get; set; } = NodeRole.Archive;

    [StringLength(DicomNodeConsts.MaxSiteLength)]
    public string? Site { get; set; }

    public Guid? VendorId { get; set; }

    [StringLength(DicomNodeConsts.MaxExpectedVersionLength)]
    public string? ExpectedVersion { get; set; }

    public ProbeKind ProbeKind { get; set; } = ProbeKind.Echo;

    public int IntervalSeconds { get; set; } = DicomNodeConsts.DefaultIntervalSeconds;

    public int? DegradedLatencyMs { get; set; }

    public bool DegradedWhenFindFails { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>A second place to read the product version, e.g. Orthanc's REST API.</summary>
    public OutOfBandVersionKind VersionSourceKind { get; set; }
    /// <summary>e.g. http://orthanc.hospital.local:8042 (the API root; /system is appended).</summary>
    public string? VersionSourceUrl { get; set; }
    public string? VersionSourceUserName { get; set; }
    /// <summary>Write only. On update, null keeps the stored password and an empty string removes it.</summary>
    public string? VersionSourcePassword { get; set; }
}

public sealed class CreateDicomNodeInput : DicomNodeEditInput;

public sealed class UpdateDicomNodeInput : DicomNodeEditInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}

public enum ImportRowStatus { Created, Valid, Rejected }

/// <summary>One line of the CSV and what became of it.</summary>
public sealed record NodeImportRowDto(int Line, string? Name, ImportRowStatus Status, IReadOnlyList<string> Errors, Guid? NodeId);

public sealed record NodeImportReportDto(bool DryRun, int Created, int Valid, int Rejected, IReadOnlyList<NodeImportRowDto> Rows);
