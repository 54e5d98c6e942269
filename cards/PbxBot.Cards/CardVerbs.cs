namespace PbxBot.Cards;

/// <summary>The verbs of the standard button row, shared by every wizard.</summary>
public static class CardVerbs
{
    public const string Back = "back";
    public const string Cancel = "cancel";
    public const string Next = "next";
    public const string Confirm = "confirm";
}
