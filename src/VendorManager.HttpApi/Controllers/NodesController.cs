using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Common;
using VendorManager.Nodes;
using VendorManager.Permissions;

namespace VendorManager.Controllers;

[ApiController]
[Route("api/nodes")]
public sealed class NodesController(IDicomNodeAppService nodes) : ControllerBase
{
    /// <summary>Largest CSV accepted by the import: a registry of thousands of nodes fits many times over.</summary>
    public const long MaxImportBytes = 5 * 1024 * 1024;

    [HttpGet]
    [Authorize(VendorManagerPermissions.Nodes.Read)]
    public Task<PagedResultDto<DicomNodeDto>> GetList([FromQuery] GetDicomNodeListInput input, CancellationToken ct) => nodes.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(VendorManagerPermissions.Nodes.Read)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<DicomNodeDto> Get(Guid id, CancellationToken ct) => nodes.GetAsync(id, ct);

    [HttpPost]
    [Authorize(VendorManagerPermissions.Nodes.Create)]
    [ProducesResponseType<DicomNodeDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<DicomNodeDto>> Create(CreateDicomNodeInput input, CancellationToken ct)
    {
        var created = await nodes.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [Authorize(VendorManagerPermissions.Nodes.Edit)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<DicomNodeDto> Update(Guid id, UpdateDicomNodeInput input, CancellationToken ct) => nodes.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}")]
    [Authorize(VendorManagerPermissions.Nodes.Delete)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await nodes.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>
    /// Imports nodes from a CSV body (text/csv) or an uploaded file (multipart field "file"). The
    /// answer lists every row: created, valid (dry run) or rejected with its reasons.
    /// </summary>
    [HttpPost("import")]
    [Authorize(VendorManagerPermissions.Nodes.Import)]
    [RequestSizeLimit(MaxImportBytes)]
    [Consumes("text/csv", "multipart/form-data", "text/plain")]
    [ProducesResponseType<NodeImportReportDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<NodeImportReportDto>> Import([FromQuery] bool dryRun, CancellationToken ct)
    {
        if (Request.HasFormContentType)
        {
            var file = (await Request.ReadFormAsync(ct)).Files.GetFile("file");
            if (file is null)
                return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = ["Attach the CSV as the form field 'file'."] }));
            await using var upload = file.OpenReadStream();
            return await nodes.ImportCsvAsync(upload, dryRun, ct);
        }
        return await nodes.ImportCsvAsync(Request.Body, dryRun, ct);
    }
}
