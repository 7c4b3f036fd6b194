namespace VendorManager.Nodes;

/// <summary>What a DICOM node is in the imaging chain; archives and routers matter most for SLAs.</summary>
public enum NodeRole
{
    Archive = 0,
    Modality = 1,
    Workstation = 2,
    Router = 3,
    Other = 4,
}
