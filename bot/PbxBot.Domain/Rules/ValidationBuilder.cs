namespace PbxBot.Domain.Rules;

/// <summary>Collects the errors and warnings of one validation, formatting each message from its code.</summary>
internal sealed class ValidationBuilder
{
    private readonly List<FieldError> errors = [];
    private readonly List<FieldError> warnings = [];

    public void Error(string field, string code, params object?[] args) => errors.Add(new FieldError(field, code, ErrorMessages.Format(code, args)));

    public void Add(FieldError error) => errors.Add(error);

    public void Warn(string field, string code, params object?[] args) => warnings.Add(new FieldError(field, code, ErrorMessages.Format(code, args)));

    /// <summary>The value only when nothing blocks it, so that no caller can save an invalid one by mistake.</summary>
    public Validation<T> Build<T>(Func<T> value) => new(errors.Count == 0 ? value() : default, errors.ToArray(), warnings.ToArray());
}
