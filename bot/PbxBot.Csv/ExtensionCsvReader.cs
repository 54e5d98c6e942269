namespace PbxBot.Csv;

/// <summary>
/// Reads an uploaded extension file: PbxBot's template or a 3CX console export, UTF-8 (with or without BOM),
/// Windows-1252 or UTF-16, delimited by <c>;</c>, <c>,</c> or tab. Gives raw rows or one file-level error.
/// </summary>
/// <example>
/// <code>
/// var result = ExtensionCsvReader.Read(upload, CsvLimits.Default);
/// if (!result.Succeeded) reply(CsvTexts.Describe(result.Error, language)); else validate(result.File.Rows);
/// </code>
/// </example>
public static class ExtensionCsvReader
{
    public static ExtensionCsvReadResult Read(Stream input, CsvLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        limits ??= CsvLimits.Default;
        limits.ThrowIfInvalid();
        using var bytes = BoundedInput.Read(input, limits.MaxBytes);
        return bytes is null ? TooLarge(limits) : ExtensionCsvParser.Parse(bytes, limits);
    }

    /// <summary>Same as <see cref="Read"/>, for a stream that is slow to read (an attachment being downloaded).</summary>
    public static async Task<ExtensionCsvReadResult> ReadAsync(Stream input, CsvLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        limits ??= CsvLimits.Default;
        limits.ThrowIfInvalid();
        using var bytes = await BoundedInput.ReadAsync(input, limits.MaxBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? TooLarge(limits) : ExtensionCsvParser.Parse(bytes, limits);
    }

    private static ExtensionCsvReadResult TooLarge(CsvLimits limits) =>
        ExtensionCsvReadResult.Failure(new CsvError(CsvErrorCode.FileTooLarge) { Limit = limits.MaxBytes });
}
