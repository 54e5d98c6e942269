using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>One turn of a wizard: the context, the wizard's state, what was pressed and typed, and the errors to show.</summary>
public sealed class WizardTurn<TState>(WizardContext context, TState state, string verb, JsonObject input)
{
    public WizardContext Context { get; } = context;

    public TState State { get; } = state;

    /// <summary>The button pressed: next, confirm, or a step's own verb (search, add-member, remove-weekends…).</summary>
    public string Verb { get; } = verb;

    /// <summary>The card's input values, by input id.</summary>
    public JsonObject Input { get; } = input;

    /// <summary>Messages to show next to fields, by input id (<c>_form</c> for the card as a whole).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes that do not block (e.g. "without an e-mail no welcome e-mail is sent").</summary>
    public Dictionary<string, string> Warnings { get; } = new(StringComparer.Ordinal);

    public Language Language => Context.Language;

    public string T(Text text) => Context.T(text);

    public const string FormField = "_form";

    /// <summary>Puts the rules' errors (and warnings) of the given fields on the card.</summary>
    public bool Accept<T>(Validation<T> validation, params string[] fields)
    {
        foreach (var e in validation.Errors.Where(e => fields.Length == 0 || fields.Contains(e.Field)))
        {
            Errors.TryAdd(e.Field, e.Message.In(Language));
        }
        foreach (var w in validation.Warnings.Where(w => fields.Length == 0 || fields.Contains(w.Field)))
        {
            Warnings.TryAdd(w.Field, w.Message.In(Language));
        }
        return Errors.Count == 0;
    }

    public string? Text(string id) => Input.TryGetPropertyValue(id, out var node) && node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    public bool Flag(string id, bool fallback = false) => Text(id) switch
    {
        "true" => true,
        "false" => false,
        _ => fallback,
    };

    public bool Has(string id) => Input.ContainsKey(id);
}
