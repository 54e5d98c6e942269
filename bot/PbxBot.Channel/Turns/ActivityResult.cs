using System.Text.Json.Nodes;

namespace PbxBot.Channel.Turns;

/// <summary>The HTTP answer to an activity: a status code and, for invokes and errors, a JSON body.</summary>
public sealed record ActivityResult(int StatusCode, JsonNode? Body = null)
{
    public static readonly ActivityResult Ok = new(200);

    public static readonly ActivityResult NotImplemented = new(501);

    /// <summary>400 with the Bot Framework's error shape, <c>{"error":{"code","message"}}</c>.</summary>
    public static ActivityResult BadRequest(string reason) =>
        new(400, new JsonObject { ["error"] = new JsonObject { ["code"] = "BadRequest", ["message"] = reason } });
}
