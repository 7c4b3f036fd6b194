using VendorManager.Dicom.Dimse;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Tests.Protocol;

/// <summary>
/// Mutates the captured PDUs (deterministic seed) and feeds them to every parser a received PDU
/// goes through. The only exception allowed is <see cref="DicomProtocolException"/>, and no input
/// may make the parser allocate more than a small multiple of its own size (a declared length
/// must never become an allocation).
/// </summary>
public sealed class FuzzTests
{
    private const int Iterations = 100_000;
    private const int Seed = 20240315;

    [Fact]
    public void Should_Raise_Only_The_Protocol_Exception_For_100000_Mutated_Pdus()
    {
        var corpus = Vectors.All().Select(Vectors.Load).ToArray();
        var random = new Random(Seed);
        var rejected = 0;

        for (var i = 0; i < Iterations; i++)
        {
            var input = Mutate(corpus[random.Next(corpus.Length)], random);
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                ParseLikeTheClient(input);
            }
            catch (DicomProtocolException)
            {
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e.GetType().Name} escaped for input {Convert.ToHexString(input)}: {e}");
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated <= 64L * 1024 + 200L * input.Length, $"iteration {i}: {allocated} bytes allocated for a {input.Length}-byte input");
        }

        Assert.InRange(rejected, Iterations / 10, Iterations); // the mutations do reach the error paths
    }

    /// <summary>What the client does with received bytes: header check, PDU decode, command and identifier decode.</summary>
    private static void ParseLikeTheClient(byte[] input)
    {
        if (input.Length >= 6)
        {
            PduDecoder.CheckDeclaredLength(input[0], (uint)(input[2] << 24 | input[3] << 16 | input[4] << 8 | input[5]), 16384);
        }

        var pdu = PduDecoder.Decode(input, 16384);
        if (pdu is PDataTransferPdu data)
        {
            foreach (var pdv in data.Values)
            {
                if (pdv.IsCommand)
                {
                    DimseCommand.Decode(pdv.Data);
                }
                else
                {
                    DatasetReader.Read(pdv.Data, explicitVr: true);
                    DatasetReader.Read(pdv.Data, explicitVr: false);
                }
            }
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes[at] = random.Next(2) == 0 ? (byte)0xFF : (byte)0x00;
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                    break;
                case 4:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                    break;
                case 5:
                    // Overwrite what may be a length field with a boundary value.
                    uint[] boundary = [0, 1, 2, 3, 4, 6, 0x7F, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFE];
                    var value = boundary[random.Next(boundary.Length)];
                    for (var k = 0; k < 4 && at + k < bytes.Count; k++)
                    {
                        bytes[at + k] = (byte)(value >> (8 * (3 - k)));
                    }

                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        // Keep the PDU length field consistent half of the time, so mutations reach the inner parsers.
        if (bytes.Count >= 6 && random.Next(2) == 0)
        {
            var length = bytes.Count - 6;
            bytes[2] = (byte)(length >> 24);
            bytes[3] = (byte)(length >> 16);
            bytes[4] = (byte)(length >> 8);
            bytes[5] = (byte)length;
        }

        return [.. bytes];
    }
}
