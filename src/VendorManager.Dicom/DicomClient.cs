using VendorManager.Dicom.Dimse;
using VendorManager.Dicom.Network;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom;

/// <summary>
/// The SCU the rest of VendorManager uses: one association per call (connect, associate, one DIMSE
/// operation, release). Every call returns a typed result rather than throwing for peer or network
/// problems; only invalid options (<see cref="ArgumentException"/>) and the caller's own cancellation
/// (<see cref="OperationCanceledException"/>) escape. Thread-safe: calls share no state.
/// </summary>
public sealed class DicomClient
{
    /// <summary>C-FIND matches kept in <see cref="FindResult.Matches"/>; further ones are only counted.</summary>
    public const int MaxMatchesKept = 10_000;

    private static readonly string[] EchoTransferSyntaxes = [DicomUids.ImplicitVrLittleEndian];

    /// <summary>Explicit first, as findscu does: identifiers then carry their VRs.</summary>
    private static readonly string[] FindTransferSyntaxes = [DicomUids.ExplicitVrLittleEndian, DicomUids.ImplicitVrLittleEndian];

    private readonly TimeProvider time;

    public DicomClient(TimeProvider? timeProvider = null)
    {
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Verification (C-ECHO): is the node there, does it accept us, and how fast does it answer.</summary>
    public async Task<EchoResult> EchoAsync(DicomAssociationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var cycle = new AssociationCycle(options, time, cancellationToken);
        ushort? status = null;
        try
        {
            await cycle.ConnectAsync().ConfigureAwait(false);
            var context = await cycle.AssociateAsync(DicomUids.Verification, EchoTransferSyntaxes).ConfigureAwait(false);
            if (context is null)
            {
                return await NoContextAsync<EchoResult>(cycle, DicomUids.Verification).ConfigureAwait(false);
            }

            status = await cycle.DimseAsync(async (token, _) =>
            {
                var association = cycle.Association!;
                var id = association.NextMessageId();
                var request = new DimseCommand(CommandField.CEchoRequest, DicomUids.Verification, MessageId: id);
                await association.SendMessageAsync(request, null, token).ConfigureAwait(false);
                var (response, _) = await association.ReceiveMessageAsync(token).ConfigureAwait(false);
                ExpectResponse(response, CommandField.CEchoResponse, id);
                return response.Status!.Value;
            }).ConfigureAwait(false);

            await cycle.ReleaseAsync().ConfigureAwait(false);
            return Finish<EchoResult>(cycle, status);
        }
        catch (Exception e) when (e is DicomFailure or DicomProtocolException)
        {
            return await FailAsync<EchoResult>(cycle, e, status).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await cycle.AbortQuietlyAsync(protocolError: false).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Study Root C-FIND at STUDY level. With <paramref name="cancelAfter"/> set, C-CANCEL-RQ is sent
    /// once that many matches arrived and the peer's final response (usually status Cancel) ends it.
    /// </summary>
    public async Task<FindResult> FindStudiesAsync(DicomAssociationOptions options, StudyQuery query, int? cancelAfter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(query);
        if (cancelAfter is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(cancelAfter), "cancel after at least one match");
        }

        options.Validate();
        using var cycle = new AssociationCycle(options, time, cancellationToken);
        var matches = new List<StudyMatch>();
        var count = 0;
        var cancelSent = false;
        TimeSpan? first = null;
        ushort? status = null;
        FindResult With(FindResult r) => r with { Matches = matches, MatchCount = count, CancelSent = cancelSent, TimeToFirstResponse = first, TimeToFinalResponse = r.Timings.Dimse is { } d && status is not null ? d : null };
        try
        {
            await cycle.ConnectAsync().ConfigureAwait(false);
            var context = await cycle.AssociateAsync(DicomUids.StudyRootQueryRetrieveFind, FindTransferSyntaxes).ConfigureAwait(false);
            if (context is null)
            {
                return With(await NoContextAsync<FindResult>(cycle, DicomUids.StudyRootQueryRetrieveFind).ConfigureAwait(false));
            }

            status = await cycle.DimseAsync(async (token, restartTimeout) =>
            {
                var association = cycle.Association!;
                var id = association.NextMessageId();
                var sentAt = time.GetTimestamp();
                var request = new DimseCommand(CommandField.CFindRequest, DicomUids.StudyRootQueryRetrieveFind, MessageId: id, Priority: 0, DataSetType: CommandField.DataSetPresent);
                await association.SendMessageAsync(request, query.Encode(association.ExplicitVr), token).ConfigureAwait(false);
                while (true)
                {
                    var (response, identifier) = await association.ReceiveMessageAsync(token).ConfigureAwait(false);
                    first ??= time.GetElapsedTime(sentAt);
                    restartTimeout(); // the DIMSE timeout bounds each wait, not the whole result stream
                    ExpectResponse(response, CommandField.CFindResponse, id);
                    var s = response.Status!.Value;
                    if (!DimseStatus.IsPending(s))
                    {
                        return s;
                    }

                    count++;
                    if (identifier is not null && matches.Count < MaxMatchesKept)
                    {
                        matches.Add(StudyQuery.Decode(identifier, association.ExplicitVr));
                    }

                    if (cancelAfter is { } limit && count >= limit && !cancelSent)
                    {
                        var cancel = new DimseCommand(CommandField.CCancelRequest, MessageIdBeingRespondedTo: id);
                        await association.SendMessageAsync(cancel, null, token).ConfigureAwait(false);
                        cancelSent = true;
                    }
                }
            }).ConfigureAwait(false);

            await cycle.ReleaseAsync().ConfigureAwait(false);
            var result = Finish<FindResult>(cycle, status, cancelSent && status == DimseStatus.Cancel);
            return With(result);
        }
        catch (Exception e) when (e is DicomFailure or DicomProtocolException)
        {
            return With(await FailAsync<FindResult>(cycle, e, status).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await cycle.AbortQuietlyAsync(protocolError: false).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A response must answer our message with the matching command; anything else is a protocol error.</summary>
    private static void ExpectResponse(DimseCommand response, ushort field, ushort messageId)
    {
        if (response.Field != field)
        {
            throw new DicomProtocolException($"expected command field 0x{field:X4} but received 0x{response.Field:X4}");
        }

        if (response.MessageIdBeingRespondedTo != messageId)
        {
            throw new DicomProtocolException($"response answers message {response.MessageIdBeingRespondedTo?.ToString() ?? "(none)"}, not {messageId}");
        }

        if (response.Status is null)
        {
            throw new DicomProtocolException("response has no Status (0000,0900)");
        }
    }

    private static T Finish<T>(AssociationCycle cycle, ushort? status, bool cancelledAsAsked = false)
        where T : DicomOperationResult, new()
    {
        var ok = status == DimseStatus.Success || cancelledAsAsked;
        var reason = ok
            ? cancelledAsAsked ? "success (cancelled as requested)" : "success"
            : $"DIMSE status 0x{status:X4}: {DimseStatus.Describe(status!.Value)}";
        return Build<T>(cycle, ok ? DicomOutcome.Success : DicomOutcome.DimseFailure, reason, ok ? null : DicomStage.Dimse) with { DimseStatus = status };
    }

    private static async Task<T> NoContextAsync<T>(AssociationCycle cycle, string abstractSyntax)
        where T : DicomOperationResult, new()
    {
        var answer = cycle.Accept!.PresentationContexts.FirstOrDefault(c => c.Id == 1);
        var peer = Build<T>(cycle, DicomOutcome.NoAcceptedContext, "", DicomStage.Associate);
        var why = $"peer accepted no presentation context for {DicomUids.Describe(abstractSyntax)} ({answer?.ResultText ?? "context missing from A-ASSOCIATE-AC"})";
        try
        {
            await cycle.ReleaseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DicomFailure or DicomProtocolException)
        {
            await cycle.AbortQuietlyAsync(e is DicomProtocolException).ConfigureAwait(false);
        }

        return peer with { Reason = why, Timings = cycle.Timings };
    }

    private static async Task<T> FailAsync<T>(AssociationCycle cycle, Exception e, ushort? status)
        where T : DicomOperationResult, new()
    {
        var stage = cycle.CurrentStage;
        await cycle.AbortQuietlyAsync(e is DicomProtocolException).ConfigureAwait(false);
        if (e is DicomFailure failure)
        {
            return Build<T>(cycle, failure.Outcome, failure.Message, stage) with
            {
                Rejection = failure.Rejection,
                Abort = failure.Abort,
                DimseStatus = failure.Status ?? status,
            };
        }

        return Build<T>(cycle, DicomOutcome.ProtocolError, $"protocol error: {e.Message}", stage) with { DimseStatus = status };
    }

    private static T Build<T>(AssociationCycle cycle, DicomOutcome outcome, string reason, DicomStage? stage)
        where T : DicomOperationResult, new()
    {
        var accept = cycle.Accept ?? cycle.Association?.Accept;
        return new T
        {
            Outcome = outcome,
            Reason = reason,
            FailedStage = outcome == DicomOutcome.Success ? null : stage,
            Peer = accept is null
                ? null
                : new PeerIdentity(accept.UserInformation.ImplementationClassUid, accept.UserInformation.ImplementationVersionName, accept.UserInformation.MaxLength, accept.CalledAe),
            AcceptedTransferSyntax = cycle.Association?.Context.TransferSyntax,
            Timings = cycle.Timings,
        };
    }
}
