using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Protocol;

/// <summary>The captured PDUs (hex, 16 bytes a line) from ../shared/dicom/vectors.</summary>
public static class Vectors
{
    public static byte[] Load(string name) => Parse(File.ReadAllText(Path.Combine(TestPaths.VectorsDirectory, name)));

    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(TestPaths.VectorsDirectory, "*.hex").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static byte[] Parse(string hex) =>
        hex.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToArray();
}
