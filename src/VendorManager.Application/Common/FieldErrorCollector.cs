namespace VendorManager.Common;

/// <summary>
/// Runs the independent steps of one input and keeps every field error they raise, so a form or a
/// script learns about all its mistakes in one round trip. Conflicts and broken rules are not
/// field errors of this input: they pass straight through.
/// </summary>
internal sealed class FieldErrorCollector
{
    private readonly List<FieldError> _errors = [];

    public bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (BusinessException ex) when (IsFieldError(ex))
        {
            Collect(ex);
            return false;
        }
    }

    public async Task<bool> TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (BusinessException ex) when (IsFieldError(ex))
        {
            Collect(ex);
            return false;
        }
    }

    /// <summary>Runs <paramref name="create"/> and returns its value, or default after collecting its field error.</summary>
    public T? Get<T>(Func<T> create) where T : class
    {
        T? value = null;
        Try(() => value = create());
        return value;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new BusinessValidationException(_errors.ToArray());
    }

    private static bool IsFieldError(BusinessException ex)
        => ex.Kind == BusinessErrorKind.Validation && (ex is BusinessValidationException || ex.Field is not null);

    private void Collect(BusinessException ex)
    {
        if (ex is BusinessValidationException many) _errors.AddRange(many.Errors);
        else _errors.Add(new FieldError(ex.Field!, ex.Code, ex.Message));
    }
}
