using Microsoft.AspNetCore.Mvc;

namespace VendorManager.ExceptionHandling;

/// <summary>
/// Input that never reaches the domain (a date such as 2026-02-30, a missing required field, a
/// value of the wrong type) is answered by MVC's own 400; this gives it the stable code every other
/// problem carries, so a script can match on it the same way.
/// </summary>
public static class InvalidModelStateProblems
{
    public static void AddStableCode(ApiBehaviorOptions options)
    {
        var answer = options.InvalidModelStateResponseFactory;
        options.InvalidModelStateResponseFactory = context =>
        {
            var result = answer(context);
            if (result is ObjectResult { Value: ProblemDetails problem })
                problem.Extensions["code"] = VendorManagerErrorCodes.ValidationFailed;
            return result;
        };
    }
}
