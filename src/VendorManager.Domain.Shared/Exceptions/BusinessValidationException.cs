namespace VendorManager;

/// <summary>One broken field among several: the input field as a path, the stable code, what people read.</summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>
/// Several fields of one input broke their rules at once, so a form can mark them all in one round
/// trip. It is a <see cref="BusinessException"/> whose code, field and message are the first error's,
/// so a handler that knows only the base type still reports something precise.
/// </summary>
public sealed class BusinessValidationException : BusinessException
{
    public IReadOnlyList<FieldError> Errors { get; }

    public BusinessValidationException(IReadOnlyList<FieldError> errors)
        : base(First(errors).Code, Summary(errors), First(errors).Field)
        => Errors = errors;

    private static FieldError First(IReadOnlyList<FieldError> errors)
        => errors.Count > 0 ? errors[0] : throw new ArgumentException("At least one error is required.", nameof(errors));

    private static string Summary(IReadOnlyList<FieldError> errors)
        => errors.Count == 1 ? errors[0].Message : $"{errors[0].Message} (and {errors.Count - 1} more field error{(errors.Count == 2 ? "" : "s")})";
}
