using System.Text;
using VendorManager.Nodes;
using VendorManager.TestBase.Builders;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.Application.Tests.Nodes;

public sealed class DicomNodeCsvImportTests : ApplicationTestBase
{
    private Task<NodeImportReportDto> ImportAsync(string csv, bool dryRun = false)
        => WithAsync<IDicomNodeAppService, NodeImportReportDto>(s => s.ImportCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), dryRun));

    private Task<int> CountAsync()
        => WithAsync<IDicomNodeAppService, int>(async s => (await s.GetListAsync(new GetDicomNodeListInput())).TotalCount);

    [Fact]
    public async Task Should_Create_Valid_Rows_And_Reject_Bad_Ones_Each_With_Its_Reasons()
    {
        await WithAsync<IVendorAppService, VendorDto>(s => s.CreateAsync(new VendorInputBuilder().Named("Sectra").BuildCreate()));
        var report = await ImportAsync("""
            name,ae_title,host,port,role,site,vendor,probe,interval_seconds
            Main archive,ARCHIVE,pacs01.hospital.local,104,Archive,North,Sectra,echo+find,60
            CT 2,CT2_WITH_A_FAR_TOO_LONG_TITLE,ct2.hospital.local,104,Modality,North,,echo,60
            Bad port,BADPORT,10.1.2.3,70000,Router,,,echo,60
            Two problems,BAD\AE,not a host,104,Workstation,,,echo,60
            Unknown vendor,WS1,ws1,104,Workstation,,Nobody,echo,60
            Second archive,ARCHIVE,pacs01.hospital.local,104,Archive,North,,echo,60
            Main Archive,OTHER,pacs02,104,Archive,,,echo,60
            Router,ROUTER,10.9.9.9,11112,Router,South,,echo,5
            """);

        Assert.Equal((1, 7), (report.Created, report.Rejected));
        var rows = report.Rows.ToDictionary(r => r.Line);
        Assert.Equal(ImportRowStatus.Created, rows[2].Status);
        Assert.Contains("at most 16", Assert.Single(rows[3].Errors));
        Assert.Contains("65535", Assert.Single(rows[4].Errors));
        Assert.Equal(2, rows[5].Errors.Count);
        Assert.Contains(rows[5].Errors, e => e.Contains("backslash", StringComparison.Ordinal));
        Assert.Contains(rows[5].Errors, e => e.Contains("host name", StringComparison.Ordinal));
        Assert.Contains("no vendor named 'Nobody'", Assert.Single(rows[6].Errors));
        Assert.Contains("already used on line 2", Assert.Single(rows[7].Errors));
        Assert.Contains("already used on line 2", Assert.Single(rows[8].Errors));
        Assert.Contains("interval", Assert.Single(rows[9].Errors));
        Assert.Equal(1, await CountAsync());

        var archive = await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.GetAsync(rows[2].NodeId!.Value));
        Assert.Equal(("ARCHIVE", "pacs01.hospital.local", 104, "Sectra", ProbeKind.EchoAndFind), (archive.AeTitle, archive.Host, archive.Port, archive.VendorName, archive.Probe.Kind));
    }

    [Fact]
    public async Task Should_Reject_Rows_That_Repeat_Nodes_Already_Registered()
    {
        await ImportAsync("name,ae_title,host,port\nArchive,ARCHIVE,pacs01,104\n");
        var again = await ImportAsync("name,ae_title,host,port\nArchive,ARCHIVE2,pacs09,104\nArchive 2,ARCHIVE,pacs01,104\n");
        Assert.Equal(2, again.Rejected);
        Assert.Contains("already exists", again.Rows[0].Errors[0]);
        Assert.Contains("already registered", again.Rows[1].Errors[0]);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Should_Save_Nothing_On_A_Dry_Run()
    {
        var report = await ImportAsync("name,ae_title,host,port\nA,A,a,104\nB,B,b,104\n", dryRun: true);
        Assert.Equal((0, 2, 0), (report.Created, report.Valid, report.Rejected));
        Assert.All(report.Rows, r => Assert.Equal(ImportRowStatus.Valid, r.Status));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Should_Read_Semicolon_Separated_Spreadsheet_Exports_With_Other_Header_Spellings()
    {
        var report = await ImportAsync("Name;AE Title;Hostname;Port;Enabled\r\n\"Archive; main\";ARCHIVE;10.1.2.3;104;no\r\n");
        Assert.Equal(1, report.Created);
        var node = await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.GetAsync(report.Rows[0].NodeId!.Value));
        Assert.Equal(("Archive; main", false), (node.Name, node.Enabled));
    }

    [Fact]
    public async Task Should_Refuse_A_File_Without_The_Required_Columns()
    {
        var ex = await Assert.ThrowsAsync<BusinessException>(() => ImportAsync("name,host\nA,a\n"));
        Assert.Equal(VendorManagerErrorCodes.Nodes.ImportHeaderInvalid, ex.Code);
        Assert.Contains("ae_title", ex.Message);
        Assert.Equal(VendorManagerErrorCodes.Nodes.ImportEmpty, (await Assert.ThrowsAsync<BusinessException>(() => ImportAsync(""))).Code);
    }
}
