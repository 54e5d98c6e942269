using System.Text.Json.Nodes;

namespace PbxBot.Testing.Cards;

/// <summary>
/// Walks a card's JSON as the renderer would: every element (body, container items, columns, nested cards) and
/// every action (card actions, action sets, fallbacks, refresh). For checks that hold on every card we send.
/// </summary>
public static class CardTree
{
    public static IEnumerable<JsonObject> Elements(JsonObject card) => Walk(card).Where(n => n.Kind == NodeKind.Element).Select(n => n.Json);

    public static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Elements(card).Where(e => TypeOf(e).StartsWith("Input.", StringComparison.Ordinal));

    public static IEnumerable<JsonObject> Actions(JsonObject card) => Walk(card).Where(n => n.Kind == NodeKind.Action).Select(n => n.Json);

    public static string TypeOf(JsonObject node) => node["type"]?.GetValue<string>() ?? "";

    private enum NodeKind
    {
        Element,
        Action,
    }

    private readonly record struct Node(NodeKind Kind, JsonObject Json);

    private static IEnumerable<Node> Walk(JsonObject card)
    {
        foreach (var node in Each(card["body"], NodeKind.Element))
        {
            yield return node;
        }
        foreach (var node in Each(card["actions"], NodeKind.Action))
        {
            yield return node;
        }
        if (card["refresh"]?["action"] is JsonObject refresh)
        {
            foreach (var node in Visit(refresh, NodeKind.Action))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<Node> Each(JsonNode? list, NodeKind kind) =>
        list is JsonArray array ? array.OfType<JsonObject>().SelectMany(item => Visit(item, kind)) : [];

    private static IEnumerable<Node> Visit(JsonObject json, NodeKind kind)
    {
        yield return new Node(kind, json);
        var children = Each(json["items"], NodeKind.Element)
            .Concat(Each(json["columns"], NodeKind.Element))
            .Concat(Each(json["actions"], NodeKind.Action))
            .Concat(json["fallback"] is JsonObject fallback ? Visit(fallback, kind) : [])
            .Concat(json["card"] is JsonObject nested ? Walk(nested) : []);
        foreach (var child in children)
        {
            yield return child;
        }
    }
}
