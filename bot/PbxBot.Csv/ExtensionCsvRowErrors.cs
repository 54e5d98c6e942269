namespace PbxBot.Csv;

/// <summary>A row the bot refused, with its messages already worded in the operator's language.</summary>
public sealed record ExtensionCsvRowErrors(ExtensionCsvRow Row, IReadOnlyList<string> Messages);
