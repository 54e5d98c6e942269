using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Undo;

internal static class TurnResults
{
    /// <summary>Everything a turn answered, its texts and its cards' texts.</summary>
    public static string Said(this TurnResult result) => string.Join("\n", result.Texts.Concat(result.Cards.Select(c => c.Text)));
}
