using System.Text.Json.Nodes;

namespace PbxBot.Channel.Turns;

/// <summary>The HTTP answer to an activity: a status code and, for invokes and errors, a JSON body.</summary>
public sealed record ActivityResult(int StatusCode, JsonNode? Body = null)
{
    /// <summary>To run once this answer has been sent (an invoke's card reaches the client with it).</summary>
    public IReadOnlyList<Action> AfterResponse { get; init; } = [];

    /// <summary>Runs <see cref="AfterResponse"/>; a hook that throws must not break the others.</summary>
    public void RunAfterResponse()
    {
        foreach (var hook in AfterResponse)
        {
            try
            {
                hook();
            }
            catch (Exception)
            {
                // Hooks only release waits (they expire by themselves); nothing to report to the channel.
            }
        }
    }

    public static readonly ActivityResult Ok = new(200);

    public static readonly ActivityResult NotImplemented = new(501);

    /// <summary>400 with the Bot Framework's error shape, <c>{"error":{"code","message"}}</c>.</summary>
    public static ActivityResult BadRequest(string reason) =>
        new(400, new JsonObject { ["error"] = new JsonObject { ["code"] = "BadRequest", ["message"] = reason } });
}
