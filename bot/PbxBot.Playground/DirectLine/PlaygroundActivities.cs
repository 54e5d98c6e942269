using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Channel.Activities;

namespace PbxBot.Playground.DirectLine;

/// <summary>
/// Translates between Web Chat's Direct Line activities and the bot's: stamps the conversation, the channel and who
/// is speaking (the conversation's user, whatever the page claims), and carries a card's activity id through its
/// Action.Submit data (see <see cref="PlaygroundChannel.CardActivityKey"/>).
/// </summary>
internal static class PlaygroundActivities
{
    /// <summary>What the page posted, as it goes into the stream (the echo Web Chat waits for, with its clientActivityID).</summary>
    public static JsonObject Echo(JsonObject posted, PlaygroundConversation conversation)
    {
        var echo = (JsonObject)posted.DeepClone();
        var name = posted["from"]?["name"] is JsonValue n && n.TryGetValue<string>(out var given) ? given : conversation.UserName;
        echo["from"] = Account(conversation.UserId, name, "user");
        echo["recipient"] = Account(PlaygroundChannel.BotId, PlaygroundChannel.BotName, "bot");
        echo["conversation"] = new JsonObject { ["id"] = conversation.Id, ["conversationType"] = "personal" };
        echo["channelId"] = PlaygroundChannel.ChannelId;
        echo["serviceUrl"] = PlaygroundChannel.ServiceUrl;
        echo.Remove("replyToId");
        if (echo["value"] is JsonObject value && value[PlaygroundChannel.CardActivityKey] is JsonValue card && card.TryGetValue<string>(out var cardId))
        {
            // A press on a card: the bot sees it as a reply to that card, as in Teams.
            value.Remove(PlaygroundChannel.CardActivityKey);
            echo["replyToId"] = cardId;
        }
        if (echo["locale"] is null && conversation.Locale is { } locale)
        {
            echo["locale"] = locale;
        }
        return echo;
    }

    /// <summary>
    /// The bot's view of an echoed activity, for its turn — read by the channel's own parser, so a page gets the same
    /// 400 reasons as <c>/api/messages</c> gives (no type, a field of the wrong kind…). The body's size was checked
    /// when it was read; stamping it only adds a few ids.
    /// </summary>
    public static ParsedActivity ForTurn(JsonObject echo) =>
        ActivityParser.Parse(JsonSerializer.SerializeToUtf8Bytes(echo), int.MaxValue);

    /// <summary>The bot joining the conversation: Web Chat sends no conversationUpdate, so the server makes one to get the greeting.</summary>
    public static Activity BotJoined(PlaygroundConversation conversation) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = $"{conversation.Id}|start",
        ChannelId = PlaygroundChannel.ChannelId,
        ServiceUrl = PlaygroundChannel.ServiceUrl,
        From = new ChannelAccount { Id = conversation.UserId, Name = conversation.UserName },
        Recipient = new ChannelAccount { Id = PlaygroundChannel.BotId, Name = PlaygroundChannel.BotName },
        Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal" },
        Locale = conversation.Locale,
        MembersAdded = [new ChannelAccount { Id = PlaygroundChannel.BotId }, new ChannelAccount { Id = conversation.UserId, Name = conversation.UserName }],
    };

    /// <summary>A bot message as Web Chat reads it; each Action.Submit of its cards learns the message's id.</summary>
    public static JsonObject FromBot(Activity activity, PlaygroundConversation conversation)
    {
        var json = JsonSerializer.SerializeToNode(activity, ChannelJson.Options)!.AsObject();
        json["from"] = Account(PlaygroundChannel.BotId, PlaygroundChannel.BotName, "bot");
        json["recipient"] = Account(conversation.UserId, conversation.UserName, "user");
        json["conversation"] = new JsonObject { ["id"] = conversation.Id, ["conversationType"] = "personal" };
        json["channelId"] = PlaygroundChannel.ChannelId;
        json["serviceUrl"] = PlaygroundChannel.ServiceUrl;
        if (json["replyToId"] is JsonValue replyTo && replyTo.TryGetValue<string>(out var replyToId) && !conversation.Has(replyToId))
        {
            // The greeting answers the server's own conversationUpdate, which is not in the stream: Web Chat would wait 5 s for it.
            json.Remove("replyToId");
        }
        return json;
    }

    public static void TagCardActions(JsonObject activity, string activityId)
    {
        foreach (var attachment in activity["attachments"] as JsonArray ?? [])
        {
            if (attachment?["content"] is JsonObject card)
            {
                Tag(card, activityId);
            }
        }
    }

    private static void Tag(JsonNode node, string activityId)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "Action.Submit")
                {
                    if (obj["data"] is not JsonObject data)
                    {
                        // Action.Submit data may also be a string; the bot's cards always send objects, so only those are tagged.
                        if (obj["data"] is not null)
                        {
                            break;
                        }
                        data = [];
                        obj["data"] = data;
                    }
                    data[PlaygroundChannel.CardActivityKey] = activityId;
                }
                foreach (var (_, child) in obj.ToArray())
                {
                    if (child is not null)
                    {
                        Tag(child, activityId);
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Tag(child, activityId);
                    }
                }
                break;
        }
    }

    private static JsonObject Account(string id, string? name, string role)
    {
        var account = new JsonObject { ["id"] = id, ["role"] = role };
        if (!string.IsNullOrWhiteSpace(name))
        {
            account["name"] = name;
        }
        return account;
    }
}
