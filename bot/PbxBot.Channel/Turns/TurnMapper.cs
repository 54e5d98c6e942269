using System.Text.Json.Nodes;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Turns;

/// <summary>
/// Reads an activity as the wizards see it: a typed message, a card action (Action.Submit or Action.Execute), a
/// card refresh, the bot joining a conversation, or the app being installed or removed. Everything else is ignored.
/// </summary>
public static class TurnMapper
{
    public static TurnMapping Map(Activity activity)
    {
        if (Is(activity.Type, ActivityTypes.Message))
        {
            if (activity.Value is JsonObject submitted)
            {
                return Build(activity, TurnKind.CardAction, cardData: (JsonObject)submitted.DeepClone(), cardMessageId: activity.ReplyToId);
            }
            var files = TurnFiles.Of(activity);
            if (activity.Text is null && files.Count == 0)
            {
                return TurnMapping.Ignored;
            }
            var message = Build(activity, TurnKind.Message, text: activity.Text is null ? null : Mentions.TextWithoutBotMentions(activity));
            return files.Count == 0 || message.Turn is null ? message : message with { Turn = message.Turn with { Files = files } };
        }
        if (Is(activity.Type, ActivityTypes.Invoke))
        {
            return Is(activity.Name, ActivityTypes.AdaptiveCardActionInvoke) ? MapExecute(activity) : TurnMapping.UnsupportedInvoke;
        }
        if (Is(activity.Type, ActivityTypes.ConversationUpdate))
        {
            var botId = activity.Recipient?.Id;
            var botJoined = botId is not null && activity.MembersAdded?.Exists(m => string.Equals(m?.Id, botId, StringComparison.Ordinal)) == true;
            return botJoined ? Build(activity, TurnKind.ConversationStarted) : TurnMapping.Ignored;
        }
        if (Is(activity.Type, ActivityTypes.InstallationUpdate))
        {
            return activity.Action?.ToLowerInvariant() switch
            {
                "add" or "add-upgrade" => Build(activity, TurnKind.Installed),
                "remove" or "remove-upgrade" => Build(activity, TurnKind.Uninstalled),
                _ => TurnMapping.Ignored,
            };
        }
        return TurnMapping.Ignored;
    }

    // Action.Execute: value {action:{type, verb, data}, trigger}; the verb joins the data so both card actions look alike.
    private static TurnMapping MapExecute(Activity activity)
    {
        if (activity.Value is not JsonObject { } value || value["action"] is not JsonObject action)
        {
            return TurnMapping.Invalid("the adaptiveCard/action invoke has no value.action");
        }
        if (action["type"] is JsonValue type && type.TryGetValue<string>(out var actionType) && !Is(actionType, "Action.Execute"))
        {
            return TurnMapping.Invalid("the adaptiveCard/action invoke is not an Action.Execute");
        }
        var data = action["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
        if (action["verb"] is JsonValue verbValue && verbValue.TryGetValue<string>(out var verb))
        {
            data["verb"] = verb;
        }
        var automatic = value["trigger"] is JsonValue trigger && trigger.TryGetValue<string>(out var t) && Is(t, "automatic");
        return Build(activity, automatic ? TurnKind.CardRefresh : TurnKind.CardAction, cardData: data, cardMessageId: activity.ReplyToId, isInvoke: true);
    }

    private static TurnMapping Build(
        Activity activity,
        TurnKind kind,
        string? text = null,
        JsonObject? cardData = null,
        string? cardMessageId = null,
        bool isInvoke = false)
    {
        if (MissingAddress(activity) is { } error)
        {
            return TurnMapping.Invalid(error);
        }
        var from = activity.From!;
        var conversation = activity.Conversation!;
        var bot = activity.Recipient!;
        var turn = new Turn
        {
            Kind = kind,
            Conversation = new ConversationReference
            {
                ChannelId = activity.ChannelId!,
                ServiceUrl = activity.ServiceUrl!,
                ConversationId = conversation.Id!,
                ConversationType = conversation.ConversationType,
                TenantId = conversation.TenantId ?? TeamsTenantOf(activity.ChannelData),
                BotId = bot.Id!,
                BotName = bot.Name,
                UserChannelId = from.Id,
            },
            User = new ChannelUser
            {
                Id = string.IsNullOrWhiteSpace(from.AadObjectId) ? from.Id! : from.AadObjectId,
                ChannelUserId = from.Id!,
                Name = from.Name,
                AadObjectId = from.AadObjectId,
            },
            Locale = activity.Locale,
            TimeZone = activity.LocalTimezone,
            Text = text,
            CardData = cardData,
            CardMessageId = cardMessageId,
            ActivityId = activity.Id,
            SupportsUniversalActions = Is(activity.ChannelId, BotFrameworkConstants.TeamsChannelId),
            IsInvoke = isInvoke,
        };
        return new TurnMapping(TurnMappingOutcome.Turn, turn);
    }

    /// <summary>What a turn needs to be answered and remembered: channel, a usable serviceUrl, conversation, user and bot ids.</summary>
    private static string? MissingAddress(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "the activity has no channelId";
        }
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "the activity has no serviceUrl";
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "the activity's serviceUrl is not an absolute http(s) URL";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "the activity has no conversation.id";
        }
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "the activity has no from.id";
        }
        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return "the activity has no recipient.id";
        }
        return null;
    }

    private static string? TeamsTenantOf(JsonNode? channelData) =>
        channelData is JsonObject data && data["tenant"] is JsonObject tenant && tenant["id"] is JsonValue id && id.TryGetValue<string>(out var tenantId)
            ? tenantId
            : null;

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
