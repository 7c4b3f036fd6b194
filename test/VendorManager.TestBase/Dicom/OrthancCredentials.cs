namespace VendorManager.TestBase.Dicom;

/// <summary>One HTTP basic-auth user for an <see cref="OrthancPeer"/> started with authentication on.</summary>
public sealed record OrthancCredentials(string UserName, string Password);
