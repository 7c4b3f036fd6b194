namespace VendorManager.Cli.Evidence;

internal sealed record VerifyArguments(IReadOnlyList<string> Nodes, bool Json, string? Provider, string? Connection, string? DataDirectory)
{
    public static VerifyArguments Parse(string[] args)
    {
        var nodes = new List<string>();
        bool json = false;
        string? provider = null, connection = null, dataDirectory = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--node": nodes.Add(Value()); break;
                case "--json": json = true; break;
                case "--provider":
                    provider = Value();
                    if (!Enum.TryParse<EntityFrameworkCore.DatabaseProvider>(provider, ignoreCase: true, out _))
                        throw new ArgumentException($"--provider must be Sqlite or PostgreSql, not '{provider}'");
                    break;
                case "--connection": connection = Value(); break;
                case "--data-dir": dataDirectory = Value(); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        return new VerifyArguments(nodes, json, provider, connection, dataDirectory);
    }
}
