using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>One field that changes, as a review shows it: before → after, already worded.</summary>
public sealed record FieldChange(string Label, string? Before, string? After);

/// <summary>The parts every review of a modification shares: the fields as before → after, and "nothing changes".</summary>
public static class FieldChangeParts
{
    private static readonly Text ChangeColumn = new("{0} → {1}", "{0} → {1}");
    private static readonly Text Empty = new("(vide)", "(empty)");

    /// <summary>Each change as a fact: its label, then before → after ("(vide)" for nothing).</summary>
    public static IEnumerable<(string, string?)> Facts(CardContext context, IEnumerable<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(context);
        return changes.Select(c => (c.Label, (string?)context.Say(ChangeColumn, c.Before ?? context.Say(Empty), c.After ?? context.Say(Empty))));
    }

    /// <summary>A review with nothing to confirm: what to do, then Back and Cancel, no Confirm.</summary>
    public static IEnumerable<CardElement> NothingChanges(CardContext context, Text what)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return new TextBlock(context.Say(what)) { Wrap = true, Color = TextColor.Warning };
        yield return CardActions.Row(context,
        [
            new CardButton(context.Say(CardText.Back), CardVerbs.Back) { SubmitsInputs = false },
            new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
        ]);
    }
}
