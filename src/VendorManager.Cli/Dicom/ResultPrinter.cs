using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using VendorManager.Dicom;

namespace VendorManager.Cli.Dicom;

/// <summary>Human output in the spirit of `echoscu -v` (I:/E: prefixes), or the typed result as JSON.</summary>
public static class ResultPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);

    /// <summary>The result with durations in milliseconds, which scripts read more easily than TimeSpan strings.</summary>
    public static object JsonView(DicomOperationResult r) => new
    {
        r.Outcome,
        r.Reason,
        r.FailedStage,
        Peer = r.Peer,
        r.AcceptedTransferSyntax,
        r.DimseStatus,
        Rejection = r.Rejection is null ? null : new { r.Rejection.Result, r.Rejection.Source, r.Rejection.Reason, r.Rejection.IsPermanent, Text = r.Rejection.ToString() },
        Abort = r.Abort is null ? null : new { r.Abort.Source, r.Abort.Reason, Text = r.Abort.ToString() },
        TimingsMs = new
        {
            Connect = Ms(r.Timings.Connect),
            Associate = Ms(r.Timings.Associate),
            Dimse = Ms(r.Timings.Dimse),
            Release = Ms(r.Timings.Release),
            Total = Ms(r.Timings.Total),
        },
        Find = r is FindResult f ? new
        {
            f.MatchCount,
            f.CancelSent,
            TimeToFirstResponseMs = Ms(f.TimeToFirstResponse),
            TimeToFinalResponseMs = Ms(f.TimeToFinalResponse),
            f.Matches,
        } : null,
    };

    public static void PrintHuman(TextWriter output, DicomAssociationOptions o, DicomOperationResult r, bool verbose)
    {
        static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        if (!verbose)
        {
            output.WriteLine(Line($"{(r.IsSuccess ? "I" : "E")}: {r.Outcome}: {r.Reason} (total {Ms(r.Timings.Total):0.000} ms, DIMSE {Ms(r.Timings.Dimse):0.000} ms)"));
            return;
        }

        output.WriteLine(Line($"I: Requesting Association with {o.CalledAe} at {o.Host}:{o.Port} as {o.CallingAe}"));
        if (r.Peer is { } peer)
        {
            output.WriteLine(Line($"I: Association Accepted (Max PDU {peer.MaxPduLength?.ToString(CultureInfo.InvariantCulture) ?? "not sent"})"));
            output.WriteLine(Line($"I:   Implementation Class UID:    {peer.ImplementationClassUid ?? "(none)"}"));
            output.WriteLine(Line($"I:   Implementation Version Name: {peer.ImplementationVersionName ?? "(none)"}"));
            output.WriteLine(Line($"I:   Transfer Syntax:             {DicomUids.Describe(r.AcceptedTransferSyntax)}"));
        }

        if (r is FindResult find)
        {
            var i = 0;
            foreach (var m in find.Matches)
            {
                output.WriteLine(Line($"I: Match {++i}: {m.StudyInstanceUid} patient {m.PatientId} '{m.PatientName}' date {m.StudyDate} accession {m.AccessionNumber} modalities {m.ModalitiesInStudy}"));
            }

            output.WriteLine(Line($"I: {find.MatchCount} match(es){(find.CancelSent ? ", C-CANCEL sent" : "")}; first response {Ms(find.TimeToFirstResponse):0.000} ms, final {Ms(find.TimeToFinalResponse):0.000} ms"));
        }

        if (r.IsSuccess)
        {
            output.WriteLine(Line($"I: {r.Reason} (status 0x{r.DimseStatus ?? 0:X4})"));
        }
        else
        {
            output.WriteLine(Line($"E: {r.Outcome}{(r.FailedStage is { } s ? $" in {s}" : "")}: {r.Reason}"));
        }

        var t = r.Timings;
        output.WriteLine(Line($"I: Timings: connect {Stage(t.Connect)}, associate {Stage(t.Associate)}, DIMSE {Stage(t.Dimse)}, release {Stage(t.Release)}, total {Stage(t.Total)}"));
    }

    /// <summary>A stage the attempt never reached reads "-", not an empty number.</summary>
    private static string Stage(TimeSpan? t) => t is { } v ? $"{v.TotalMilliseconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} ms" : "-";

    public static double? Ms(TimeSpan? t) => t is { } v ? Math.Round(v.TotalMilliseconds, 3) : null;
}
