namespace PbxBot.Cards.Model;

/// <summary>Groups elements; a <see cref="Style"/> gives the group a tinted background (a notice's tone, a review block).</summary>
public sealed record Container : CardElement
{
    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    /// <summary>Lets a styled container's background reach the card's edges.</summary>
    public bool? Bleed { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
