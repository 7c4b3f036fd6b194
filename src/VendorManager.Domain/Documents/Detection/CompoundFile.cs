using System.Buffers.Binary;
using System.Text;

namespace VendorManager.Documents.Detection;

/// <summary>
/// Reads the directory of an OLE2 compound file ([MS-CFB]) to tell a Word 97-2003 document (a
/// "WordDocument" stream) or an Excel 97-2003 workbook ("Workbook", or "Book" before Excel 97) from
/// the many other things stored the same way: installers (.msi), Outlook messages, PowerPoint.
/// Only the header, the allocation sectors on the directory's chain and the directory are read, with
/// every sector number checked against the file and the chain bounded, so a crafted file cannot loop.
/// </summary>
internal static class CompoundFile
{
    public static ReadOnlySpan<byte> Magic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const int HeaderLength = 512;
    private const int HeaderFatEntries = 109;
    private const int DirectoryEntryLength = 128;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxRegularSector = 0xFFFFFFFA;

    /// <summary>Storages that hold VBA macros in Word and Excel files.</summary>
    private static readonly string[] MacroStorages = ["Macros", "_VBA_PROJECT_CUR", "VBA"];

    public static DocumentFormat? IdentifyOfficeDocument(Stream content)
    {
        try
        {
            var names = DirectoryNames(content);
            if (names is null || names.Overlaps(MacroStorages)) return null;
            var word = names.Contains("WordDocument");
            var excel = names.Contains("Workbook") || names.Contains("Book");
            return (word, excel) switch
            {
                (true, false) => DocumentFormat.Doc,
                (false, true) => DocumentFormat.Xls,
                _ => null,
            };
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }

    private static HashSet<string>? DirectoryNames(Stream content)
    {
        var header = new byte[HeaderLength];
        content.Position = 0;
        content.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1C)) != 0xFFFE) return null;
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (sectorShift is not (9 or 12)) return null;
        var sectorSize = 1 << sectorShift;
        var sectorCount = (content.Length - sectorSize) / sectorSize;
        if (sectorCount <= 0) return null;

        var fatSectors = FatSectors(content, header, sectorSize, sectorCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));
        var entry = new byte[DirectoryEntryLength];
        for (long steps = 0; sector != EndOfChain; steps++)
        {
            if (sector > MaxRegularSector || sector >= sectorCount || steps >= sectorCount)
                throw new InvalidDataException("The directory chain leaves the file or loops.");
            for (var offset = 0; offset < sectorSize; offset += DirectoryEntryLength)
            {
                content.Position = SectorOffset(sector, sectorSize) + offset;
                content.ReadExactly(entry);
                if (EntryName(entry) is { } name) names.Add(name);
            }
            sector = NextSector(content, fatSectors, sector, sectorSize);
        }
        return names;
    }

    /// <summary>The sectors holding the allocation table: the first 109 listed in the header, the rest in a chain of DIFAT sectors.</summary>
    private static List<uint> FatSectors(Stream content, byte[] header, int sectorSize, long sectorCount)
    {
        var count = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x2C));
        if (count == 0 || count > sectorCount) throw new InvalidDataException("The allocation table size is impossible for this file.");
        var sectors = new List<uint>((int)count);
        for (var i = 0; i < HeaderFatEntries && sectors.Count < count; i++)
            sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + i * 4)));

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
        var page = new byte[sectorSize];
        var perPage = sectorSize / 4 - 1;
        for (long steps = 0; sectors.Count < count; steps++)
        {
            if (difat > MaxRegularSector || difat >= sectorCount || steps >= sectorCount)
                throw new InvalidDataException("The DIFAT chain leaves the file or loops.");
            content.Position = SectorOffset(difat, sectorSize);
            content.ReadExactly(page);
            for (var i = 0; i < perPage && sectors.Count < count; i++)
                sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(i * 4)));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(perPage * 4));
        }
        return sectors;
    }

    private static uint NextSector(Stream content, List<uint> fatSectors, uint sector, int sectorSize)
    {
        var perSector = (uint)(sectorSize / 4);
        var index = sector / perSector;
        if (index >= fatSectors.Count || fatSectors[(int)index] > MaxRegularSector)
            throw new InvalidDataException("A sector has no allocation entry.");
        Span<byte> next = stackalloc byte[4];
        content.Position = SectorOffset(fatSectors[(int)index], sectorSize) + (sector % perSector) * 4;
        content.ReadExactly(next);
        return BinaryPrimitives.ReadUInt32LittleEndian(next);
    }

    private static long SectorOffset(uint sector, int sectorSize) => ((long)sector + 1) * sectorSize;

    /// <summary>A used entry's name (UTF-16, its length in bytes with the terminating null); null for an unused slot.</summary>
    private static string? EntryName(byte[] entry)
    {
        var objectType = entry[0x42];
        if (objectType is not (1 or 2 or 5)) return null;
        var length = BinaryPrimitives.ReadUInt16LittleEndian(entry.AsSpan(0x40));
        if (length is < 2 or > 64 || length % 2 != 0) return null;
        return Encoding.Unicode.GetString(entry, 0, length - 2);
    }
}
