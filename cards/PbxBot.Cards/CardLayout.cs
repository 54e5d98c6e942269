using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>The standard shapes of a card: its header, section headers and the review block.</summary>
public static class CardLayout
{
    /// <summary>The card's title (a heading for screen readers) and a grey subtitle under it.</summary>
    public static Container Header(string title, string? subtitle = null)
    {
        var heading = new TextBlock(title) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };
        return new Container
        {
            Items = string.IsNullOrWhiteSpace(subtitle)
                ? [heading]
                : [heading, new TextBlock(subtitle) { IsSubtle = true, Wrap = true, Spacing = Spacing.None }],
        };
    }

    /// <summary>Starts a group of fields, with a rule above it.</summary>
    public static TextBlock SectionHeader(string text) =>
        new(text) { Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large, Separator = true };

    /// <summary>What is about to be saved, as title/value pairs on a tinted background; an empty value reads "(not given)".</summary>
    public static Container Review(CardContext context, params IEnumerable<(string Title, string? Value)> facts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notGiven = context.Say(CardText.NotGiven);
        return new Container
        {
            Style = ContainerStyle.Emphasis,
            Items =
            [
                new FactSet
                {
                    Facts = facts.Select(f => new Fact(f.Title, string.IsNullOrWhiteSpace(f.Value) ? notGiven : f.Value)).ToArray(),
                },
            ],
        };
    }
}
