using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using VendorManager.Vendors;

namespace VendorManager.Nodes;

/// <summary>
/// Imports the AE-title registry that hospitals keep in spreadsheets. Every row is judged on its
/// own and reported with all of its problems at once; rejected rows change nothing, valid rows are
/// saved together at the end.
/// </summary>
public sealed class DicomNodeCsvImporter(
    IDicomNodeRepository nodes,
    DicomNodeRegistrar registrar,
    IVendorRepository vendors,
    IUnitOfWork unitOfWork)
{
    private static readonly string[] RequiredColumns = ["name", "ae_title", "host", "port"];

    public async Task<NodeImportReportDto> ImportAsync(Stream csv, bool dryRun, CancellationToken ct = default)
    {
        using var text = new StreamReader(csv, detectEncodingFromByteOrderMarks: true);
        using var reader = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            PrepareHeaderForMatch = a => NodeCsvColumns.Canonical(a.Header),
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
        });

        if (!await reader.ReadAsync())
            throw new BusinessException(VendorManagerErrorCodes.Nodes.ImportEmpty, "The file is empty: expected a header row and one row per node.", "File");
        reader.ReadHeader();
        var header = reader.HeaderRecord!.Select(NodeCsvColumns.Canonical).ToHashSet();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.ImportHeaderInvalid,
                $"The header row lacks the column(s) {string.Join(", ", missing)}. Expected columns: {string.Join(", ", NodeCsvColumns.All)}.", "File");

        var rows = new List<NodeImportRowDto>();
        var created = new List<DicomNode>();
        var namesInFile = new Dictionary<string, int>();
        var endpointsInFile = new Dictionary<string, int>();
        while (await reader.ReadAsync())
        {
            if (rows.Count >= DicomNodeConsts.MaxImportRows)
                throw new BusinessException(VendorManagerErrorCodes.Nodes.ImportTooLarge,
                    $"The file has more than {DicomNodeConsts.MaxImportRows} rows; split it.", "File");
            var line = reader.Parser.RawRow;
            var (input, errors) = await NodeCsvRow.ParseAsync(reader, vendors, ct);
            var node = errors.Count == 0 ? await TryBuildAsync(input!, errors, ct) : null;
            if (node is not null)
            {
                // The database does not know this file's earlier rows yet; the file itself must not repeat a node.
                if (namesInFile.TryGetValue(node.NormalizedName, out var nameLine))
                    errors.Add($"Name '{node.Name}' is already used on line {nameLine} of this file.");
                if (endpointsInFile.TryGetValue(node.Endpoint.ToString(), out var endpointLine))
                    errors.Add($"{node.Endpoint} is already used on line {endpointLine} of this file.");
            }
            if (node is null || errors.Count > 0)
            {
                rows.Add(new NodeImportRowDto(line, input?.Name ?? reader.GetField("name"), ImportRowStatus.Rejected, errors, null));
                continue;
            }
            namesInFile[node.NormalizedName] = line;
            endpointsInFile[node.Endpoint.ToString()] = line;
            created.Add(node);
            rows.Add(new NodeImportRowDto(line, node.Name, dryRun ? ImportRowStatus.Valid : ImportRowStatus.Created, [], dryRun ? null : node.Id));
        }

        if (!dryRun && created.Count > 0)
        {
            foreach (var node in created) await nodes.InsertAsync(node, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
        return new NodeImportReportDto(dryRun,
            Created: dryRun ? 0 : created.Count,
            Valid: created.Count,
            Rejected: rows.Count(r => r.Status == ImportRowStatus.Rejected),
            rows);
    }

    /// <summary>Runs the same rules as a single create; each broken rule becomes one message for the row.</summary>
    private async Task<DicomNode?> TryBuildAsync(CreateDicomNodeInput input, List<string> errors, CancellationToken ct)
    {
        NodeEndpoint? endpoint = null;
        Collect(errors, () => endpoint = new NodeEndpoint(input.AeTitle, input.Host, input.Port));
        if (endpoint is null)
        {
            // Report every endpoint field, not just the first that failed.
            Collect(errors, () => AeTitle.Validate(input.AeTitle, "AeTitle"), skipIfAlready: true);
            Collect(errors, () => HostName.Validate(input.Host), skipIfAlready: true);
            return null;
        }
        DicomNode? node = null;
        try
        {
            node = await registrar.CreateAsync(input.Name, endpoint, ct);
        }
        catch (BusinessException ex)
        {
            errors.Add(ex.Message);
            return null;
        }
        Collect(errors, () => node.CallAs(input.CallingAeTitle));
        Collect(errors, () => node.Classify(input.Role, input.Site));
        Collect(errors, () => node.ExpectVersion(input.ExpectedVersion));
        Collect(errors, () => node.ConfigureProbe(ProbeSettings.Create(input.ProbeKind, input.IntervalSeconds, input.DegradedLatencyMs, input.DegradedWhenFindFails)));
        if (!input.Enabled) node.Disable();
        if (input.VendorId is not null) await registrar.AssignVendorAsync(node, input.VendorId, ct);
        return errors.Count == 0 ? node : null;
    }

    private static void Collect(List<string> errors, Action action, bool skipIfAlready = false)
    {
        try
        {
            action();
        }
        catch (BusinessException ex) when (!skipIfAlready || !errors.Contains(ex.Message))
        {
            errors.Add(ex.Message);
        }
        catch (BusinessException)
        {
        }
    }
}
