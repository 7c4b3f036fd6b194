namespace VendorManager.Nodes;

/// <summary>How a node is probed: C-ECHO alone, or C-ECHO plus a C-FIND for a StudyInstanceUID that does not exist (the query path, without fetching data).</summary>
public enum ProbeKind
{
    Echo = 0,
    EchoAndFind = 1,
}
