using System.Globalization;

namespace VendorManager.Benchmarks;

/// <summary>CPU time of processes from /proc (user + system), in seconds.</summary>
internal static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static double Seconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name is in parentheses and may contain spaces: fields start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>Live processes with this command name, and their CPU seconds so far.</summary>
    public static Dictionary<int, double> ByName(string comm)
    {
        var result = new Dictionary<int, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() == comm) result[pid] = Seconds(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return result;
    }

    /// <summary>CPU used between two snapshots by processes alive at the end (new ones count from zero).</summary>
    public static double Delta(Dictionary<int, double> before, Dictionary<int, double> after)
        => after.Sum(p => p.Value - before.GetValueOrDefault(p.Key));
}
