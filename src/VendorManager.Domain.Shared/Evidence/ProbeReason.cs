namespace VendorManager.Evidence;

/// <summary>
/// Why a probe ended in its state. Byte-sized because every raw sample stores one; the numeric
/// values (raw samples) and the names (hashed evidence rows) are published and must never change,
/// so new reasons are only ever appended.
/// </summary>
public enum ProbeReason : byte
{
    Ok = 0,
    /// <summary>Answered, but above the node's degraded-latency threshold.</summary>
    Slow = 1,
    /// <summary>C-ECHO worked but the functional C-FIND did not.</summary>
    FindFailed = 2,
    Refused = 3,
    NetworkError = 4,
    TimedOut = 5,
    /// <summary>A-ASSOCIATE-RJ.</summary>
    Rejected = 6,
    /// <summary>A-ABORT from the peer.</summary>
    Aborted = 7,
    ConnectionClosed = 8,
    ProtocolError = 9,
    NoAcceptedContext = 10,
    /// <summary>The association worked but the DIMSE response carried a failure status.</summary>
    DimseFailure = 11,
    /// <summary>Only on Unknown intervals the domain synthesises; never reported by a probe.</summary>
    MonitoringGap = 12,
}
