namespace PbxBot.Channel.Activities;

/// <summary>Teams puts <c>&lt;at&gt;BotName&lt;/at&gt;</c> in channel and group chat messages; the wizards want only the words.</summary>
public static class Mentions
{
    /// <summary>The activity's text without the mentions of the bot (<c>recipient.id</c>), trimmed.</summary>
    public static string? TextWithoutBotMentions(Activity activity)
    {
        var text = activity.Text;
        if (text is null)
        {
            return null;
        }
        var botId = activity.Recipient?.Id;
        if (botId is not null && activity.Entities is { } entities)
        {
            foreach (var entity in entities)
            {
                if (entity is { Type: "mention", Text: { Length: > 0 } markup }
                    && string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
                {
                    text = text.Replace(markup, string.Empty, StringComparison.Ordinal);
                }
            }
        }
        return text.Trim();
    }
}
