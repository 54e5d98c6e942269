namespace PbxBot.Playground.DirectLine;

/// <summary>How the playground's conversations look to the bot: their own channel id and a service URL that never resolves.</summary>
public static class PlaygroundChannel
{
    public const string ChannelId = "playground";

    /// <summary>The reserved <c>.invalid</c> domain: no Connector call (and no app token) can ever leave for it.</summary>
    public const string ServiceUrl = "https://playground.pbxbot.invalid/";

    public const string BotId = "pbxbot-playground";

    public const string BotName = "PbxBot";

    /// <summary>
    /// Key added to the data of every Action.Submit of a card sent to the page: Web Chat posts card actions without
    /// <c>replyToId</c>, so the card's own activity id travels in its data and becomes the reply-to again, letting the
    /// wizard replace the card in place as Teams does.
    /// </summary>
    public const string CardActivityKey = "pbxbot.playground.card";
}
