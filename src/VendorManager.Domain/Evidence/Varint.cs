namespace VendorManager.Evidence;

/// <summary>Unsigned LEB128: 7 bits a byte, low bits first; small counts take one byte.</summary>
internal static class Varint
{
    private const int MaxBytes = 10;

    public static void Write(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    /// <summary>False on a truncated, over-long or overflowing value.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, ref int position, out ulong value)
    {
        value = 0;
        for (var i = 0; i < MaxBytes && position < input.Length; i++)
        {
            var b = input[position++];
            // The tenth byte may only carry the single top bit of a 64-bit value.
            if (i == MaxBytes - 1 && b > 1)
                return false;
            value |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
                return true;
        }
        return false;
    }
}
