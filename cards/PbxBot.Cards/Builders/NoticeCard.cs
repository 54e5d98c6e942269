using PbxBot.Cards.Model;

namespace PbxBot.Cards.Builders;

/// <summary>How a notice feels: it sets the tint of its banner.</summary>
public enum NoticeTone
{
    Info,
    Success,
    Warning,
    Error,
}

/// <summary>
/// A short message on a tinted banner — "Extension 104 created", "This request was already approved" — with
/// optional facts, more elements and buttons. The caller passes the title and text already in the operator's language.
/// </summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(
        CardContext context,
        NoticeTone tone,
        string title,
        string text,
        IReadOnlyList<(string Title, string? Value)>? facts = null,
        IReadOnlyList<CardButton>? buttons = null,
        IReadOnlyList<CardElement>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        List<CardElement> body =
        [
            new Container
            {
                Style = StyleOf(tone),
                Bleed = true,
                Items =
                [
                    new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                    new TextBlock(text) { Wrap = true, Spacing = Spacing.Small },
                ],
            },
        ];
        if (facts is { Count: > 0 })
        {
            body.Add(CardLayout.Review(context, facts));
        }
        body.AddRange(extra ?? []);
        if (buttons is { Count: > 0 })
        {
            body.Add(CardActions.Row(context, buttons));
        }
        return context.Card($"{title} — {text}", body);
    }

    private static ContainerStyle StyleOf(NoticeTone tone) => tone switch
    {
        NoticeTone.Info => ContainerStyle.Accent,
        NoticeTone.Success => ContainerStyle.Good,
        NoticeTone.Warning => ContainerStyle.Warning,
        NoticeTone.Error => ContainerStyle.Attention,
        _ => throw new ArgumentOutOfRangeException(nameof(tone), tone, null),
    };
}
