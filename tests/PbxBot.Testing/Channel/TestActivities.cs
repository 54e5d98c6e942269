using System.Text;
using System.Text.Json.Nodes;
using PbxBot.Channel.Activities;

namespace PbxBot.Testing.Channel;

/// <summary>Activities shaped as Teams sends them (personal chat unless told otherwise), each with a fresh id.</summary>
public static class TestActivities
{
    public const string BotId = "28:pbxbot-app-id";
    public const string BotName = "PbxBot";
    public const string UserId = "29:user-channel-id";
    public const string UserAadObjectId = "00000000-0000-0000-0000-0000000000aa";
    public const string UserName = "Camille Martin";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ConversationId = "a:personal-chat-1";

    /// <summary>The activity as the bot's parser reads it off the wire (at most 1 MiB).</summary>
    public static Activity Parse(JsonObject activity) =>
        ActivityParser.Parse(Encoding.UTF8.GetBytes(activity.ToJsonString()), 1 << 20).Activity!;

    public static JsonObject Message(string serviceUrl, string text, string channelId = "msteams") =>
        Base("message", serviceUrl, channelId).With("text", text);

    /// <summary>Action.Submit: a message whose value holds the inputs and the action's data, replying to the card.</summary>
    public static JsonObject Submit(string serviceUrl, JsonObject value, string cardMessageId, string channelId = "msteams") =>
        Base("message", serviceUrl, channelId).With("value", value).With("replyToId", cardMessageId);

    /// <summary>Action.Execute: an <c>adaptiveCard/action</c> invoke.</summary>
    public static JsonObject Execute(string serviceUrl, string verb, JsonObject data, string cardMessageId, bool automatic = false) =>
        Base("invoke", serviceUrl, "msteams")
            .With("name", "adaptiveCard/action")
            .With("replyToId", cardMessageId)
            .With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = automatic ? "automatic" : "manual",
            });

    /// <summary>The bot added to a conversation (it is among <c>membersAdded</c>).</summary>
    public static JsonObject BotAdded(string serviceUrl, string channelId = "msteams") =>
        Base("conversationUpdate", serviceUrl, channelId)
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = UserId }));

    public static JsonObject InstallationUpdate(string serviceUrl, string action) =>
        Base("installationUpdate", serviceUrl, "msteams").With("action", action);

    public static JsonObject Base(string type, string serviceUrl, string channelId) => new()
    {
        ["type"] = type,
        ["id"] = $"activity-{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = UserAadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["locale"] = "fr-FR",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>Sets a property and returns the same object, to compose activities fluently.</summary>
    public static JsonObject With(this JsonObject activity, string name, JsonNode? value)
    {
        activity[name] = value;
        return activity;
    }
}
