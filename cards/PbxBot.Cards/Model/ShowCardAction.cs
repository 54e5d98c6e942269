namespace PbxBot.Cards.Model;

/// <summary><c>Action.ShowCard</c>: unfolds a nested card under the button.</summary>
public sealed record ShowCardAction : CardAction
{
    public ShowCardAction(AdaptiveCard card)
    {
        Card = card;
    }

    public AdaptiveCard Card { get; init; }
}
