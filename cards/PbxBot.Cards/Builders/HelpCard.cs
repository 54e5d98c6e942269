using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>One thing the operator may do, with the button that starts it.</summary>
public sealed record HelpEntry(Text Title, Text Description, string Verb)
{
    /// <summary>The button's caption; "Start" when not given.</summary>
    public Text? ButtonTitle { get; init; }

    /// <summary>Sent back with the verb.</summary>
    public JsonObject? Data { get; init; }
}

/// <summary>
/// What the bot can do for this operator. The caller passes only the entries the operator is allowed to use,
/// so the card never offers a door that then says "access denied".
/// </summary>
public static class HelpCard
{
    public static AdaptiveCard Build(CardContext context, IReadOnlyList<HelpEntry> entries, Text? title = null, Text? intro = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entries);
        var heading = context.Say(title ?? CardText.HelpTitle);
        List<CardElement> body = [CardLayout.Header(heading, context.Say(intro ?? CardText.HelpIntro))];
        if (entries.Count == 0)
        {
            body.Add(new TextBlock(context.Say(CardText.HelpNothingAvailable)) { Wrap = true, Spacing = Spacing.Medium });
        }
        body.AddRange(entries.Select(entry => Entry(context, entry)));
        return context.Card(heading, body);
    }

    private static Container Entry(CardContext context, HelpEntry entry)
    {
        var title = context.Say(entry.Title);
        var button = new CardButton(context.Say(entry.ButtonTitle ?? CardText.HelpStart), entry.Verb)
        {
            Data = entry.Data,
            SubmitsInputs = false,
            Tooltip = title,
        };
        return new Container
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Items =
            [
                new TextBlock(title) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(context.Say(entry.Description)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
                CardActions.Row(context, [button]),
            ],
        };
    }
}
