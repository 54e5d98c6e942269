using System.Text.Json.Nodes;

namespace PbxBot.Application.Conversations;

/// <summary>
/// One thing a user did in a conversation, as the wizards see it: free of the Bot Framework's activity
/// details. The channel builds it from an Activity (or from a Direct Line post in the playground).
/// </summary>
public sealed record Turn
{
    public required TurnKind Kind { get; init; }

    /// <summary>The conversation, with what is needed to message it again later (proactively).</summary>
    public required ConversationReference Conversation { get; init; }

    public required ChannelUser User { get; init; }

    /// <summary>BCP-47 locale from the activity ("fr-FR", "en-US"); null when the client sent none.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's IANA time zone as their client sent it (<c>localTimezone</c>: Teams, Web Chat); null when unknown.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The message text with bot @mentions removed and trimmed; null for card actions.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// A card action's data: the inputs' values plus the action's own data, and the action's verb under
    /// <c>"verb"</c> (Action.Execute carries it apart; the channel merges it in so both kinds look alike).
    /// </summary>
    public JsonObject? CardData { get; init; }

    /// <summary>The id of the message holding the card the user acted on, when known (to replace it).</summary>
    public string? CardMessageId { get; init; }

    /// <summary>Files sent with a message (a CSV to import); empty for most turns.</summary>
    public IReadOnlyList<TurnFile> Files { get; init; } = [];

    /// <summary>The activity id, for logs and de-duplication.</summary>
    public string? ActivityId { get; init; }

    /// <summary>True when the client runs Universal Actions (Teams): cards then use Action.Execute.</summary>
    public bool SupportsUniversalActions { get; init; }

    /// <summary>True when this turn is an Action.Execute invoke that Teams answers synchronously with a card.</summary>
    public bool IsInvoke { get; init; }
}

public enum TurnKind
{
    /// <summary>The user typed something.</summary>
    Message,

    /// <summary>The user pressed a card button (Action.Submit or Action.Execute).</summary>
    CardAction,

    /// <summary>The bot was added to a conversation (conversationUpdate with the bot among membersAdded, or Web Chat's start).</summary>
    ConversationStarted,

    /// <summary>The app was installed (installationUpdate add).</summary>
    Installed,

    /// <summary>The app was removed (installationUpdate remove): forget the conversation reference.</summary>
    Uninstalled,

    /// <summary>Card refresh (Action.Execute with trigger automatic): answer with the current card, change nothing.</summary>
    CardRefresh,
}

/// <summary>The person behind a turn. <see cref="Id"/> is what authorisation uses: the AAD object id in Teams.</summary>
public sealed record ChannelUser
{
    /// <summary><c>from.aadObjectId</c> when present (Teams), otherwise the channel's user id. Never the display name.</summary>
    public required string Id { get; init; }

    /// <summary>The channel's own user id (Teams "29:…"), needed to open a personal chat with them.</summary>
    public required string ChannelUserId { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }
}
