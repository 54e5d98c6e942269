namespace PbxBot.Cards;

/// <summary>
/// Keys of a button's data that the bot itself reads. Action.Submit merges the data with the inputs' values,
/// so no input id may be one of these.
/// </summary>
public static class CardDataKeys
{
    /// <summary>What the button does ("next", "cancel"…); Action.Execute carries it apart, Action.Submit in the data.</summary>
    public const string Verb = "verb";

    /// <summary>The wizard instance the card belongs to.</summary>
    public const string Wizard = "wizard";

    /// <summary>The wizard's step sequence number when the card was drawn, to spot a stale card.</summary>
    public const string Step = "step";

    public static IReadOnlyList<string> Reserved { get; } = [Verb, Wizard, Step];
}
