namespace VendorManager;

/// <summary>Collects every broken field of one input, so the caller can report them together.</summary>
internal sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public int Count => _errors.Count;

    public void Add(string field, string code, string message) => _errors.Add(new FieldError(field, code, message));

    public bool HasErrorFor(string field) => _errors.Exists(e => e.Field == field);

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new BusinessValidationException(_errors.ToArray());
    }
}
