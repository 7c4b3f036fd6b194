using System.Globalization;

namespace VendorManager.Cli.Dicom;

/// <summary>
/// A small "--name value" / "--flag" parser: the option set is tiny and fixed, so a dependency
/// would cost more than it saves. Unknown options are errors, never silently ignored.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (flags.Contains(name))
            {
                parsed.values[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{name} needs a value");
                }

                parsed.values[name] = args[++i];
            }
            else
            {
                throw new UsageException($"unknown option '{name}'");
            }
        }

        return parsed;
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string? String(string name) => values.TryGetValue(name, out var v) ? v : null;

    public string Required(string name) => String(name) ?? throw new UsageException($"{name} is required");

    public int Int(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = String(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"{name} must be an integer from {min} to {max}");
        }

        return value;
    }

    /// <summary>Seconds as a decimal number (0.5 is half a second).</summary>
    public TimeSpan Seconds(string name, TimeSpan fallback)
    {
        var text = String(name);
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0 || seconds > 86_400)
        {
            throw new UsageException($"{name} must be a positive number of seconds");
        }

        return TimeSpan.FromSeconds(seconds);
    }
}

public sealed class UsageException(string message) : Exception(message);
