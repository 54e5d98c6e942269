namespace PbxBot.Domain.Rules;

/// <summary>
/// One problem with one card input: <see cref="Field"/> is the Adaptive Card input id, <see cref="Code"/> a stable
/// identifier (<see cref="ErrorCodes"/>), <see cref="Message"/> the sentence already formatted in both languages.
/// </summary>
public sealed record FieldError(string Field, string Code, Text Message);
