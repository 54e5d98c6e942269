using System.Text.Json.Nodes;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Bot;

/// <summary>The help card: what this operator may do, by their role, each with the button that starts it.</summary>
public sealed class HelpMenu(WizardCatalog catalog, IEnumerable<IHelpEntrySource> sources)
{
    public AdaptiveCard For(IReadOnlyList<Operator> operators, CardContext cards)
    {
        var entries = catalog.All
            .Where(w => operators.Any(w.IsAllowed))
            .Select(w => new HelpEntryInfo(w.Title, w.Description, WizardEngine.VerbStart, new JsonObject { [WizardEngine.KeyStartName] = w.Name }, w.HelpOrder))
            .Concat(sources.SelectMany(s => s.EntriesFor(operators)))
            .OrderBy(e => e.Order)
            .Select(e => new HelpEntry(e.Title, e.Description, e.Verb) { Data = e.Data })
            .ToArray();
        return HelpCard.Build(cards, entries, BotText.HelpTitle, entries.Length == 0 ? BotText.NothingAllowed : BotText.HelpIntro);
    }
}
