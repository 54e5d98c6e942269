using System.Text.Json.Nodes;

namespace PbxBot.Testing.Conversations;

/// <summary>An Adaptive Card the bot sent (as JSON), read the way a person reads it: inputs, errors, buttons, text.</summary>
public sealed class CardView(string activityId, JsonObject card)
{
    private JsonObject[]? elements;
    private Dictionary<string, JsonObject>? inputs;

    /// <summary>The id of the message holding the card (for replies and updates).</summary>
    public string ActivityId { get; } = activityId;

    public JsonObject Json { get; } = card;

    /// <summary>Every element, walked once: a card is read many times (the turn benchmark reads thousands a second).</summary>
    public IEnumerable<JsonObject> Elements => elements ??= [.. Walk(Json)];

    /// <summary>Every input, by id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Inputs => inputs ??=
        Elements.Where(e => (e["type"]?.GetValue<string>() ?? "").StartsWith("Input.", StringComparison.Ordinal) && e["id"] is not null)
            .ToDictionary(e => e["id"]!.GetValue<string>());

    /// <summary>The value an input shows now (what a client submits if the user changes nothing).</summary>
    public string? Value(string inputId) => Inputs.TryGetValue(inputId, out var input) ? input["value"]?.ToString() : null;

    /// <summary>The error shown under a field (the red text block <c>{field}.error</c>), or null.</summary>
    public string? ErrorFor(string field) =>
        Elements.FirstOrDefault(e => e["id"]?.GetValue<string>() == $"{field}.error")?["text"]?.GetValue<string>();

    public IReadOnlyList<string> Errors =>
        Elements.Where(e => e["id"]?.GetValue<string>()?.EndsWith(".error", StringComparison.Ordinal) == true)
            .Select(e => e["text"]!.GetValue<string>()).ToArray();

    /// <summary>All the card's text (text blocks and facts), to check what it says.</summary>
    public string Text => string.Join("\n", Elements.SelectMany(TextsOf));

    /// <summary>Choices of a choice set, as (title, value).</summary>
    public IReadOnlyList<(string Title, string Value)> Choices(string inputId) =>
        Inputs.TryGetValue(inputId, out var input) && input["choices"] is JsonArray choices
            ? choices.Select(c => (c!["title"]!.GetValue<string>(), c["value"]!.GetValue<string>())).ToArray()
            : [];

    /// <summary>Every button: Action.Submit and Action.Execute (not their fallbacks).</summary>
    public IReadOnlyList<JsonObject> Buttons =>
        Elements.Where(e => e["type"]?.GetValue<string>() == "ActionSet").SelectMany(e => e["actions"]!.AsArray().Select(a => a!.AsObject()))
            .Concat((Json["actions"] as JsonArray)?.Select(a => a!.AsObject()) ?? [])
            .ToArray();

    public JsonObject Button(string title) =>
        Buttons.FirstOrDefault(b => b["title"]?.GetValue<string>() == title)
        ?? throw new InvalidOperationException($"No button \"{title}\" on the card. Buttons: {string.Join(", ", Buttons.Select(b => b["title"]))}\n{Json.ToJsonString()}");

    public bool HasButton(string title) => Buttons.Any(b => b["title"]?.GetValue<string>() == title);

    public override string ToString() => Json.ToJsonString();

    private static IEnumerable<string> TextsOf(JsonObject e)
    {
        if (e["text"] is JsonValue t && t.TryGetValue<string>(out var s))
        {
            yield return s;
        }
        if (e["title"] is JsonValue title && title.TryGetValue<string>(out var ti) && e["type"]?.GetValue<string>() == "Input.Toggle")
        {
            yield return ti;
        }
        if (e["facts"] is JsonArray facts)
        {
            foreach (var f in facts)
            {
                yield return $"{f!["title"]}: {f["value"]}";
            }
        }
    }

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (key, child) in o)
                {
                    if (key is "fallback" or "data" or "refresh")
                    {
                        continue;
                    }
                    foreach (var x in Walk(child))
                    {
                        yield return x;
                    }
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var x in Walk(item))
                    {
                        yield return x;
                    }
                }
                break;
        }
    }
}
