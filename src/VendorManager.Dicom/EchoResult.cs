namespace VendorManager.Dicom;

/// <summary>The result of one C-ECHO association cycle.</summary>
public sealed record EchoResult : DicomOperationResult;
