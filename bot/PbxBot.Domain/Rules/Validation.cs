namespace PbxBot.Domain.Rules;

/// <summary>
/// The outcome of validating a request: the normalised value when there is no error (null otherwise), the errors
/// that block it and the warnings that do not (e.g. no e-mail, so no welcome e-mail).
/// </summary>
public sealed record Validation<T>(T? Value, IReadOnlyList<FieldError> Errors, IReadOnlyList<FieldError> Warnings)
{
    public bool IsValid => Errors.Count == 0;

    public IReadOnlyList<FieldError> ErrorsFor(string field) => Errors.Where(e => e.Field == field).ToArray();

    public IReadOnlyList<FieldError> WarningsFor(string field) => Warnings.Where(w => w.Field == field).ToArray();

    public bool HasError(string code) => Errors.Any(e => e.Code == code);

    public bool HasWarning(string code) => Warnings.Any(w => w.Code == code);

    /// <summary>The error with <paramref name="code"/>; throws, naming the errors there are, when there is none.</summary>
    public FieldError Error(string code) =>
        Errors.FirstOrDefault(e => e.Code == code)
        ?? throw new InvalidOperationException($"No error {code}; errors: [{string.Join(", ", Errors.Select(e => e.Code))}].");
}
