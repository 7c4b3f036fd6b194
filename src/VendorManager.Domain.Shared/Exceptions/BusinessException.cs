namespace VendorManager;

/// <summary>How a broken rule reaches a client: as invalid input, a conflict with stored state, or a refused operation.</summary>
public enum BusinessErrorKind
{
    /// <summary>The input itself is wrong (400, field errors).</summary>
    Validation,
    /// <summary>The input clashes with what is stored, e.g. a duplicate name (409).</summary>
    Conflict,
    /// <summary>A rule forbids the operation in the current state (422).</summary>
    Rule,
    /// <summary>The content of an upload is of a kind that is not accepted (415).</summary>
    UnsupportedContent,
    /// <summary>An upload is larger than allowed (413).</summary>
    TooLarge,
}

/// <summary>A broken business rule with a stable code, a readable message and, when it belongs to one, the field.</summary>
public class BusinessException : Exception
{
    public string Code { get; }
    public string? Field { get; }
    public BusinessErrorKind Kind { get; }

    public BusinessException(string code, string message, string? field = null, BusinessErrorKind kind = BusinessErrorKind.Validation)
        : base(message)
    {
        Code = code;
        Field = field;
        Kind = kind;
    }
}
