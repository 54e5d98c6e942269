namespace PbxBot.Cards.Model;

/// <summary>Buttons placed inside the body (where Teams wants Action.Execute with its fallback).</summary>
public sealed record ActionSet : CardElement
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
