namespace VendorManager.Nodes;

/// <summary>
/// AE title rules (PS3.5 table 6.2-1, AE VR): 1 to 16 characters of the default repertoire, no
/// backslash (the value separator), no control characters, not all spaces. Leading and trailing
/// spaces are not significant, so they are trimmed; case is significant and kept.
/// </summary>
public static class AeTitle
{
    public static string Validate(string? value, string field, string label = "AE title")
    {
        var trimmed = value?.Trim(' ') ?? "";
        string? problem = trimmed.Length switch
        {
            0 => $"{label} is required and may not be all spaces.",
            > DicomNodeConsts.MaxAeTitleLength => $"{label} '{trimmed}' is {trimmed.Length} characters; DICOM allows at most {DicomNodeConsts.MaxAeTitleLength}.",
            _ => null,
        };
        problem ??= trimmed.Contains('\\') ? $"{label} '{trimmed}' contains a backslash, which DICOM reserves as a value separator." : null;
        problem ??= trimmed.Any(c => char.IsControl(c)) ? $"{label} contains a control character (tab, line break or similar)." : null;
        problem ??= trimmed.Any(c => c > '~') ? $"{label} '{trimmed}' contains characters outside DICOM's default repertoire (plain ASCII)." : null;
        if (problem is not null)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.AeTitleInvalid, problem, field);
        return trimmed;
    }
}
