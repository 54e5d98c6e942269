using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>One past change as the history shows it: when, who, what (and about what, in the journal), before → after.</summary>
public sealed record HistoryItem(string At, string Author, string Action, string? About, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// A page of history: its title, how its times read (the operator's time zone or UTC), the entries newest first, and
/// the data the page buttons carry back (the page number is added per button).
/// </summary>
public sealed record HistoryView(string Title, string TimesNote, IReadOnlyList<HistoryItem> Items, int Page, bool HasOlder, bool HasNewer, JsonObject PageData)
{
    /// <summary>Said instead of the entries when there are none.</summary>
    public string? EmptyText { get; init; }
}

/// <summary>« historique de 105 », « journal »: one page of changes, with Older / Newer buttons.</summary>
public static class HistoryCards
{
    public const string VerbPage = "history.page";
    public const string KeyPage = "page";

    private static readonly Text Subtitle = new("Page {0} — du plus récent au plus ancien, {1}.", "Page {0} — newest first, {1}.");
    private static readonly Text Older = new("Plus anciennes", "Older");
    private static readonly Text Newer = new("Plus récentes", "Newer");
    private static readonly Text ByOn = new("{0} — {1}", "{0} — {1}");

    public static AdaptiveCard Page(CardContext context, HistoryView v)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(v);
        List<CardElement> body = [CardLayout.Header(v.Title, context.Say(Subtitle, v.Page + 1, v.TimesNote))];
        if (v.Items.Count == 0)
        {
            body.Add(new TextBlock(v.EmptyText ?? "") { Wrap = true, IsSubtle = true });
        }
        foreach (var item in v.Items)
        {
            List<CardElement> items =
            [
                new TextBlock(item.About is null ? item.Action : $"{item.Action} · {item.About}") { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(context.Say(ByOn, item.At, item.Author)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            ];
            if (item.Changes.Count > 0)
            {
                items.Add(new FactSet { Facts = FieldChangeParts.Facts(context, item.Changes).Select(f => new Fact(f.Item1, f.Item2 ?? "")).ToArray() });
            }
            body.Add(new Container { Separator = true, Spacing = Spacing.Medium, Items = items });
        }
        List<CardButton> buttons = [];
        if (v.HasNewer)
        {
            buttons.Add(PageButton(context.Say(Newer), v, v.Page - 1));
        }
        if (v.HasOlder)
        {
            buttons.Add(PageButton(context.Say(Older), v, v.Page + 1));
        }
        if (buttons.Count > 0)
        {
            body.Add(CardActions.Row(context, buttons));
        }
        return context.Card(v.Title, body);
    }

    private static CardButton PageButton(string title, HistoryView v, int page)
    {
        var data = (JsonObject)v.PageData.DeepClone();
        data[KeyPage] = page;
        return new CardButton(title, VerbPage) { Data = data, SubmitsInputs = false };
    }
}
