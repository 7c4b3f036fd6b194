namespace VendorManager.Documents;

public static class DocumentConsts
{
    public const int MaxTitleLength = 256;
    /// <summary>Most file systems cap a name at 255; a longer one is shortened keeping its extension.</summary>
    public const int MaxFileNameLength = 255;
    public const int MaxContentTypeLength = 100;
    /// <summary>SHA-256 as lower-case hexadecimal.</summary>
    public const int Sha256HexLength = 64;
    /// <summary>25 MiB: a scanned, signed contract of a hundred pages fits; a disk image does not.</summary>
    public const long DefaultMaxBytes = 25L * 1024 * 1024;
    /// <summary>Shown and offered for download when a file name has nothing usable left after sanitizing.</summary>
    public const string FallbackFileName = "document";
}
