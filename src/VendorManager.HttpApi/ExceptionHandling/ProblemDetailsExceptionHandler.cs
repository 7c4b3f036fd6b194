using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace VendorManager.ExceptionHandling;

/// <summary>
/// Maps the domain's exceptions to ProblemDetails for API calls: a broken rule with a field is a
/// 400 with field errors (all of them when several fields broke at once), a clash with stored state
/// 409, an unknown id 404, an upload of a refused format 415 and one over the size limit 413. Every problem carries the stable error code, so scripts can match on it,
/// and field problems list each field's own code under fieldErrors.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null) return false;

        logger.LogInformation("Request refused with {Status} {Code}: {Message}", problem.Status, problem.Extensions["code"], exception.Message);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails? ToProblem(Exception exception)
    {
        ProblemDetails? problem = exception switch
        {
            BusinessValidationException v => new ValidationProblemDetails(
                v.Errors.GroupBy(e => ToCamelCase(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
            {
                Status = StatusFor(v.Kind),
                Title = TitleFor(v.Kind),
                Detail = v.Message,
            },
            BusinessException { Field: not null } b => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [ToCamelCase(b.Field)] = [b.Message] })
            {
                Status = StatusFor(b.Kind),
                Title = TitleFor(b.Kind),
                Detail = b.Message,
            },
            BusinessException b => new ProblemDetails { Status = StatusFor(b.Kind), Title = TitleFor(b.Kind), Detail = b.Message },
            EntityNotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = n.Message },
            ConcurrencyConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Edit conflict", Detail = c.Message },
            UnauthorizedAccessException u => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Sign in first", Detail = u.Message },
            _ => null,
        };
        if (problem is null) return null;
        problem.Extensions["code"] = exception switch
        {
            BusinessException b => b.Code,
            EntityNotFoundException => VendorManagerErrorCodes.EntityNotFound,
            ConcurrencyConflictException => VendorManagerErrorCodes.ConcurrencyConflict,
            _ => null,
        };
        if (FieldErrorsOf(exception) is { Count: > 0 } fieldErrors)
            problem.Extensions["fieldErrors"] = fieldErrors;
        return problem;
    }

    /// <summary>Each broken field with its own stable code, so a script can tell them apart (errors carries the messages only).</summary>
    private static List<FieldErrorEntry>? FieldErrorsOf(Exception exception) => exception switch
    {
        BusinessValidationException v => v.Errors.Select(e => new FieldErrorEntry(ToCamelCase(e.Field), e.Code, e.Message)).ToList(),
        BusinessException { Field: { } field } b => [new FieldErrorEntry(ToCamelCase(field), b.Code, b.Message)],
        _ => null,
    };

    private sealed record FieldErrorEntry(string Field, string Code, string Message);

    private static int StatusFor(BusinessErrorKind kind) => kind switch
    {
        BusinessErrorKind.Conflict => StatusCodes.Status409Conflict,
        BusinessErrorKind.Rule => StatusCodes.Status422UnprocessableEntity,
        BusinessErrorKind.UnsupportedContent => StatusCodes.Status415UnsupportedMediaType,
        BusinessErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleFor(BusinessErrorKind kind) => kind switch
    {
        BusinessErrorKind.Conflict => "Conflict with existing data",
        BusinessErrorKind.Rule => "The operation is not allowed",
        BusinessErrorKind.UnsupportedContent => "The file's content is not accepted",
        BusinessErrorKind.TooLarge => "The file is too large",
        _ => "One or more fields are invalid",
    };

    /// <summary>Field names match the JSON the client sent ("name", "remoteSupport.details").</summary>
    public static string ToCamelCase(string field)
        => string.Join('.', field.Split('.').Select(part =>
            part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..].Replace(" ", "", StringComparison.Ordinal)));
}
