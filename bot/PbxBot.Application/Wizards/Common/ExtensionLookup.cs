using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Common;

/// <summary>
/// The first step of the wizards that act on an existing extension (edit, delete): found by number, name or e-mail
/// as the helpdesk's look-up does, in both languages, with a choice when several match.
/// </summary>
public sealed class ExtensionLookup(PbxRepository repository)
{
    private static readonly Text NotFound = new("Aucune extension ne correspond à « {0} ».", "No extension matches \"{0}\".");

    public async Task SearchAsync(WizardContext context, FoundExtensions state, string? term)
    {
        state.SearchTerm = term;
        state.Results = string.IsNullOrWhiteSpace(term)
            ? []
            : (await repository.SearchExtensionsAsync(context.PbxId, term, 10, context.CancellationToken))
                .Select(e => new FoundExtension { Number = e.Number, Name = e.DisplayName }).ToList();
    }

    public static AdaptiveCard Card(WizardContext context, string title, FoundExtensions state, string? selected, IReadOnlyDictionary<string, string> errors)
    {
        // « supprimer l'extension 200 » with no extension 200: said under the search box, not left to guess.
        if (!string.IsNullOrWhiteSpace(state.SearchTerm) && state.Results.Count == 0 && !errors.ContainsKey("search"))
        {
            errors = new Dictionary<string, string>(errors) { ["search"] = NotFound.Format(context.Language, state.SearchTerm) };
        }
        return LookupCards.FindExtension(context.Cards, title, state.SearchTerm, state.Results.Select(r => new Choice($"{r.Number} — {r.Name}", r.Number)).ToArray(), selected, errors);
    }

    /// <summary>A search submitted from the card: the results, or an error under the search box when none match.</summary>
    public async Task<StepResult> SearchFromCardAsync<TState>(WizardTurn<TState> t, FoundExtensions state)
    {
        await SearchAsync(t.Context, state, t.Text("search"));
        if (state.Results.Count == 0)
        {
            t.Errors["search"] = NotFound.Format(t.Language, state.SearchTerm ?? "");
        }
        return StepResult.Stay;
    }
}

/// <summary>The search of an extension in a wizard's state.</summary>
public class FoundExtensions
{
    public string? SearchTerm { get; set; }

    public List<FoundExtension> Results { get; set; } = [];
}

public sealed class FoundExtension
{
    public string Number { get; set; } = "";

    public string Name { get; set; } = "";
}
