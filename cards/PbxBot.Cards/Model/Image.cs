namespace PbxBot.Cards.Model;

public sealed record Image : CardElement
{
    public Image(Uri url)
    {
        Url = url;
    }

    public Uri Url { get; init; }

    /// <summary>What a screen reader says; always give one.</summary>
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
