using System.Buffers;
using VendorManager.Dicom.Dimse;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Network;

/// <summary>
/// An established association as the requestor sees it: sends DIMSE messages fragmented to the
/// peer's Maximum Length, reassembles responses from PDVs, releases or aborts. Knows nothing
/// about timeouts; the caller passes the token of the stage it is in.
/// </summary>
internal sealed class Association
{
    private const int MaxCommandBytes = 64 * 1024;

    private readonly DicomConnection connection;
    private readonly DicomAssociationOptions options;
    private readonly Queue<Pdv> pending = new();
    private ushort nextMessageId = 1;

    public Association(DicomConnection connection, DicomAssociationOptions options, AssociateAcceptPdu accept, PresentationContextAnswer context)
    {
        this.connection = connection;
        this.options = options;
        Accept = accept;
        Context = context;
        ExplicitVr = context.TransferSyntax == DicomUids.ExplicitVrLittleEndian;
    }

    public AssociateAcceptPdu Accept { get; }

    public PresentationContextAnswer Context { get; }

    public bool ExplicitVr { get; }

    public ushort NextMessageId() => nextMessageId++;

    /// <summary>
    /// Sends a command and its optional data set. Each PDV carries at most the peer's Maximum Length
    /// minus 6 (item length, context id, control header); 0 means no limit. All PDUs of one message
    /// go out in a single write.
    /// </summary>
    public ValueTask SendMessageAsync(DimseCommand command, byte[]? dataSet, CancellationToken cancellationToken)
    {
        var bytes = FragmentMessage(Context.Id, command.Encode(), dataSet, Accept.UserInformation.MaxLength ?? 16384);
        return connection.SendAsync(bytes, cancellationToken);
    }

    /// <summary>Lays a message out as P-DATA-TF PDUs (one PDV each, as DCMTK does) in one buffer.</summary>
    public static byte[] FragmentMessage(byte contextId, byte[] command, byte[]? dataSet, uint peerMaxLength)
    {
        if (peerMaxLength is > 0 and <= 6)
        {
            throw new DicomFailure(DicomOutcome.ProtocolError, $"peer's maximum length {peerMaxLength} leaves no room for PDV data");
        }

        var maxData = peerMaxLength == 0 ? int.MaxValue : (int)Math.Min(peerMaxLength - 6, int.MaxValue);
        var output = new ArrayBufferWriter<byte>(command.Length + (dataSet?.Length ?? 0) + 64);
        AppendFragments(output, contextId, command, isCommand: true, maxData);
        if (dataSet is not null)
        {
            AppendFragments(output, contextId, dataSet, isCommand: false, maxData);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Receives one whole DIMSE message: the command, then its data set when the command says one follows.</summary>
    public async ValueTask<(DimseCommand Command, byte[]? DataSet)> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var commandBytes = new ArrayBufferWriter<byte>(128);
        DimseCommand? command = null;
        ArrayBufferWriter<byte>? data = null;
        while (true)
        {
            var pdv = await NextPdvAsync(cancellationToken).ConfigureAwait(false);
            if (pdv.PresentationContextId != Context.Id)
            {
                throw new DicomProtocolException($"PDV for presentation context {pdv.PresentationContextId}, but only {Context.Id} was accepted");
            }

            if (command is null)
            {
                if (!pdv.IsCommand)
                {
                    throw new DicomProtocolException("data set fragment arrived before the command was complete");
                }

                Append(commandBytes, pdv.Data.Span, MaxCommandBytes, "command set");
                if (!pdv.IsLastFragment)
                {
                    continue;
                }

                command = DimseCommand.Decode(commandBytes.WrittenMemory);
                if (!command.HasDataSet)
                {
                    return (command, null);
                }

                data = new ArrayBufferWriter<byte>(256);
                continue;
            }

            if (pdv.IsCommand)
            {
                throw new DicomProtocolException("command fragment arrived where the data set was expected");
            }

            Append(data!, pdv.Data.Span, options.MaxResponseDataSetBytes, "data set");
            if (pdv.IsLastFragment)
            {
                return (command, data!.WrittenSpan.ToArray());
            }
        }
    }

    /// <summary>A-RELEASE-RQ then wait for A-RELEASE-RP. A peer that just closes the connection counts as released.</summary>
    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        ReleaseAsync(connection, options.MaxPduLength, cancellationToken);

    /// <summary>The release handshake, usable also when no presentation context was accepted.</summary>
    public static async Task ReleaseAsync(DicomConnection connection, uint maxPduLength, CancellationToken cancellationToken)
    {
        await connection.SendAsync(PduEncoder.Encode(new ReleaseRequestPdu()), cancellationToken).ConfigureAwait(false);
        while (true)
        {
            Pdu pdu;
            try
            {
                pdu = await connection.ReceivePduAsync(maxPduLength, cancellationToken).ConfigureAwait(false);
            }
            catch (DicomFailure failure) when (failure.Outcome == DicomOutcome.ConnectionClosed)
            {
                return;
            }

            switch (pdu)
            {
                case ReleaseResponsePdu:
                    return;
                case AbortPdu abort:
                    throw Aborted(abort);
                case PDataTransferPdu:
                    continue; // a late response to a cancelled operation; the release still stands
                case ReleaseRequestPdu:
                    // Release collision (PS3.8 7.2.2): as requestor we answer it, then wait for our RP.
                    await connection.SendAsync(PduEncoder.Encode(new ReleaseResponsePdu()), cancellationToken).ConfigureAwait(false);
                    continue;
                default:
                    throw new DicomProtocolException($"unexpected {pdu.Type} while waiting for A-RELEASE-RP");
            }
        }
    }

    public static DicomFailure Aborted(AbortPdu abort)
    {
        var info = new AbortInfo(abort.Source, abort.Reason);
        return new DicomFailure(DicomOutcome.Aborted, $"peer aborted the association: {info}", abort: info);
    }

    private static void AppendFragments(ArrayBufferWriter<byte> output, byte contextId, byte[] bytes, bool isCommand, int maxData)
    {
        var offset = 0;
        do
        {
            var size = Math.Min(maxData, bytes.Length - offset);
            var last = offset + size == bytes.Length;
            output.Write(PduEncoder.EncodePData([new Pdv(contextId, isCommand, last, bytes.AsMemory(offset, size))]));
            offset += size;
        }
        while (offset < bytes.Length);
    }

    private static void Append(ArrayBufferWriter<byte> into, ReadOnlySpan<byte> bytes, int limit, string what)
    {
        if (into.WrittenCount + bytes.Length > limit)
        {
            throw new DicomProtocolException($"{what} grows beyond {limit} bytes");
        }

        into.Write(bytes);
    }

    private async ValueTask<Pdv> NextPdvAsync(CancellationToken cancellationToken)
    {
        while (pending.Count == 0)
        {
            var pdu = await connection.ReceivePduAsync(options.MaxPduLength, cancellationToken).ConfigureAwait(false);
            switch (pdu)
            {
                case PDataTransferPdu data:
                    foreach (var v in data.Values)
                    {
                        pending.Enqueue(v);
                    }

                    break;
                case AbortPdu abort:
                    throw Aborted(abort);
                default:
                    throw new DicomProtocolException($"unexpected {pdu.Type} while waiting for a DIMSE response");
            }
        }

        return pending.Dequeue();
    }
}
