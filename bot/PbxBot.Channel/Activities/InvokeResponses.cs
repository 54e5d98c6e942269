using System.Text.Json.Nodes;
using PbxBot.Cards;
using PbxBot.Cards.Model;

namespace PbxBot.Channel.Activities;

/// <summary>The bodies Teams expects in answer to an <c>adaptiveCard/action</c> invoke.</summary>
public static class InvokeResponses
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>The card replaces the one the user acted on.</summary>
    public static JsonObject Card(AdaptiveCard card) => new()
    {
        ["statusCode"] = 200,
        ["type"] = AdaptiveCard.ContentType,
        ["value"] = CardJson.Embed(card),
    };

    /// <summary>Teams shows the text briefly; the card stays as it was.</summary>
    public static JsonObject Message(string text) => new()
    {
        ["statusCode"] = 200,
        ["type"] = MessageType,
        ["value"] = text,
    };

    public static JsonObject Error(int statusCode, string code, string message) => new()
    {
        ["statusCode"] = statusCode,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
