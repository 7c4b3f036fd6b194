namespace VendorManager.TestBase.Dicom;

/// <summary>A folder under the system temp path, removed with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix)
    {
        Path = Directory.CreateTempSubdirectory($"vm-dicom-{prefix}-").FullName;
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a peer still closing a file: the OS temp cleanup takes the rest
        }
    }
}
