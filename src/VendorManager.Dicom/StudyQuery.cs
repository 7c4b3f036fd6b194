using VendorManager.Dicom.Dimse;

namespace VendorManager.Dicom;

/// <summary>
/// A STUDY-level query. Null keys are sent empty (universal matching: "return this attribute"),
/// so every match carries the same attributes findscu's default study query asks for.
/// </summary>
public sealed record StudyQuery
{
    public string? PatientName { get; init; }

    public string? PatientId { get; init; }

    /// <summary>DA or a range such as "20240101-20240131".</summary>
    public string? StudyDate { get; init; }

    public string? AccessionNumber { get; init; }

    public string? StudyInstanceUid { get; init; }

    public string? ModalitiesInStudy { get; init; }

    public string? StudyDescription { get; init; }

    /// <summary>All studies (every key universal). Use with care on a real PACS.</summary>
    public static StudyQuery All { get; } = new();

    /// <summary>
    /// The "deep probe": a StudyInstanceUID that cannot exist, so the peer runs the whole query path
    /// (parse, database lookup, response) but returns no data.
    /// </summary>
    public static StudyQuery DeepProbe() => new() { StudyInstanceUid = DicomImplementation.NewUid() };

    /// <summary>Encodes the identifier in the negotiated transfer syntax (ascending tag order).</summary>
    internal byte[] Encode(bool explicitVr)
    {
        var w = new DatasetWriter(explicitVr);
        w.WriteString(DicomTags.StudyDate, "DA", StudyDate);
        w.WriteString(DicomTags.StudyTime, "TM", null);
        w.WriteString(DicomTags.AccessionNumber, "SH", AccessionNumber);
        w.WriteString(DicomTags.QueryRetrieveLevel, "CS", "STUDY");
        w.WriteString(DicomTags.ModalitiesInStudy, "CS", ModalitiesInStudy);
        w.WriteString(DicomTags.StudyDescription, "LO", StudyDescription);
        w.WriteString(DicomTags.PatientName, "PN", PatientName);
        w.WriteString(DicomTags.PatientId, "LO", PatientId);
        w.WriteString(DicomTags.StudyInstanceUid, "UI", StudyInstanceUid);
        return w.Written.ToArray();
    }

    /// <summary>Reads a pending response's identifier into a <see cref="StudyMatch"/>.</summary>
    internal static StudyMatch Decode(ReadOnlyMemory<byte> identifier, bool explicitVr)
    {
        var elements = DatasetReader.Read(identifier, explicitVr);
        string? charset = null;
        foreach (var e in elements)
        {
            if (e.Tag == DicomTags.SpecificCharacterSet)
            {
                charset = DicomText.Decode(e.Value.Span, null);
            }
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in elements)
        {
            if (e.Vr is "SQ" or "OB" or "OW" or "UN" || (e.Tag & 0xFFFF) == 0)
            {
                continue; // binary values and group lengths mean nothing as text
            }

            attributes[DicomTags.Format(e.Tag)] = DicomText.Decode(e.Value.Span, charset);
        }

        string? Get(uint tag) => attributes.TryGetValue(DicomTags.Format(tag), out var v) ? v : null;
        return new StudyMatch(
            Get(DicomTags.StudyInstanceUid),
            Get(DicomTags.PatientId),
            Get(DicomTags.PatientName),
            Get(DicomTags.StudyDate),
            Get(DicomTags.StudyTime),
            Get(DicomTags.AccessionNumber),
            Get(DicomTags.ModalitiesInStudy),
            Get(DicomTags.StudyDescription),
            attributes);
    }
}
