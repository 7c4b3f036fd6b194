using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Network;

/// <summary>
/// One connect-associate-DIMSE-release cycle: runs each stage under its own timeout linked to the
/// overall deadline and the caller's token, records true per-stage timings, and guarantees the
/// socket is closed whatever happens (A-ABORT first when an association is open).
/// </summary>
internal sealed class AssociationCycle : IDisposable
{
    private static readonly TimeSpan AbortSendLimit = TimeSpan.FromSeconds(1);

    private readonly DicomAssociationOptions options;
    private readonly TimeProvider time;
    private readonly CancellationToken callerToken;
    private readonly CancellationTokenSource deadline;
    private readonly CancellationTokenSource run;
    private readonly long startedAt;
    private readonly TimeSpan?[] timings = new TimeSpan?[4];
    private DicomConnection? connection;

    public AssociationCycle(DicomAssociationOptions options, TimeProvider time, CancellationToken callerToken)
    {
        this.options = options;
        this.time = time;
        this.callerToken = callerToken;
        deadline = new CancellationTokenSource(options.Deadline ?? Timeout.InfiniteTimeSpan, time);
        run = CancellationTokenSource.CreateLinkedTokenSource(callerToken, deadline.Token);
        startedAt = time.GetTimestamp();
    }

    public DicomStage? CurrentStage { get; private set; }

    public Association? Association { get; private set; }

    public AssociateAcceptPdu? Accept { get; private set; }

    public StageTimings Timings => new(timings[0], timings[1], timings[2], timings[3], time.GetElapsedTime(startedAt));

    public TimeProvider Time => time;

    public Task ConnectAsync() => InStageAsync(DicomStage.Connect, options.ConnectTimeout, async (token, _) =>
    {
        connection = await DicomConnection.ConnectAsync(options.Host, options.Port, token).ConfigureAwait(false);
    });

    /// <summary>
    /// Sends A-ASSOCIATE-RQ and waits for AC, RJ or ABORT. Returns the first accepted context for
    /// <paramref name="abstractSyntax"/> (null when none was accepted) with the association open.
    /// </summary>
    public Task<PresentationContextAnswer?> AssociateAsync(string abstractSyntax, IReadOnlyList<string> transferSyntaxes) =>
        InStageAsync(DicomStage.Associate, options.AssociationTimeout, async (token, _) =>
        {
            var request = new AssociateRequestPdu(
                options.CalledAe,
                options.CallingAe,
                DicomUids.ApplicationContext,
                [new PresentationContextProposal(1, abstractSyntax, transferSyntaxes)],
                new UserInformation(options.MaxPduLength, DicomImplementation.ClassUid, DicomImplementation.VersionName));
            await connection!.SendAsync(PduEncoder.Encode(request), token).ConfigureAwait(false);
            var answer = await connection.ReceivePduAsync(options.MaxPduLength, token).ConfigureAwait(false);
            switch (answer)
            {
                case AssociateAcceptPdu accept:
                    Accept = accept;
                    break;
                case AssociateRejectPdu reject:
                    var rejection = new AssociateRejection(reject.Result, reject.Source, reject.Reason);
                    throw new DicomFailure(DicomOutcome.Rejected, $"association rejected: {rejection}", rejection: rejection);
                case AbortPdu abort:
                    throw Association.Aborted(abort);
                default:
                    throw new DicomProtocolException($"unexpected {answer.Type} in answer to A-ASSOCIATE-RQ");
            }

            // Echoed fields (AE titles, reserved bytes) are deliberately not checked: real PACS vary.
            var context = Accept.PresentationContexts.FirstOrDefault(c => c.Id == 1 && c.IsAccepted);
            if (context is null)
            {
                return null;
            }

            if (context.TransferSyntax is null || !transferSyntaxes.Contains(context.TransferSyntax))
            {
                throw new DicomProtocolException($"peer accepted transfer syntax '{context.TransferSyntax}' that we did not propose");
            }

            Association = new Association(connection, options, Accept, context);
            return context;
        });

    /// <summary>Runs DIMSE work; the work calls the supplied restart action after each response to re-arm the per-message timeout.</summary>
    public Task<T> DimseAsync<T>(Func<CancellationToken, Action, Task<T>> work) =>
        InStageAsync(DicomStage.Dimse, options.DimseTimeout, work);

    public Task ReleaseAsync() => InStageAsync(DicomStage.Release, options.AssociationTimeout, async (token, _) =>
    {
        await Association.ReleaseAsync(connection!, options.MaxPduLength, token).ConfigureAwait(false);
        connection!.Dispose(); // released: no A-ABORT may follow, but the peer identity stays for the result
        connection = null;
    });

    /// <summary>
    /// After a failure with an association open, tell the peer with A-ABORT (best effort, bounded)
    /// so it frees its resources; then close. Source 2 (provider) for protocol errors, 0 otherwise.
    /// </summary>
    public async Task AbortQuietlyAsync(bool protocolError)
    {
        if (connection is null)
        {
            return;
        }

        if (Accept is not null)
        {
            using var limit = new CancellationTokenSource(AbortSendLimit, time);
            try
            {
                var abort = protocolError ? new AbortPdu(2, 0) : new AbortPdu(0, 0);
                await connection.SendAsync(PduEncoder.Encode(abort), limit.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or DicomFailure or System.Net.Sockets.SocketException or ObjectDisposedException)
            {
                // The peer may already be gone; closing the socket below is what matters.
            }
        }

        connection.Dispose();
        connection = null;
    }

    public void Dispose()
    {
        connection?.Dispose();
        run.Dispose();
        deadline.Dispose();
    }

    private Task InStageAsync(DicomStage stage, TimeSpan timeout, Func<CancellationToken, Action, Task> work) =>
        InStageAsync<bool>(stage, timeout, async (token, restart) =>
        {
            await work(token, restart).ConfigureAwait(false);
            return true;
        });

    private async Task<T> InStageAsync<T>(DicomStage stage, TimeSpan timeout, Func<CancellationToken, Action, Task<T>> work)
    {
        CurrentStage = stage;
        using var stageTimer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(run.Token, stageTimer.Token);
        var began = time.GetTimestamp();
        try
        {
            return await work(linked.Token, () => stageTimer.CancelAfter(timeout)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.Sockets.SocketException or ObjectDisposedException
                                  && linked.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            var why = deadline.IsCancellationRequested
                ? $"overall deadline of {Seconds(options.Deadline!.Value)} reached during {Describe(stage)}"
                : $"{Describe(stage)} timed out after {Seconds(timeout)}";
            throw new DicomFailure(DicomOutcome.TimedOut, why);
        }
        finally
        {
            timings[(int)stage] = time.GetElapsedTime(began);
        }
    }

    private static string Describe(DicomStage stage) => stage switch
    {
        DicomStage.Connect => "TCP connect",
        DicomStage.Associate => "association (waiting for A-ASSOCIATE-AC)",
        DicomStage.Dimse => "DIMSE (waiting for the response)",
        DicomStage.Release => "release (waiting for A-RELEASE-RP)",
        _ => stage.ToString(),
    };

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds:0.###} s";
}
