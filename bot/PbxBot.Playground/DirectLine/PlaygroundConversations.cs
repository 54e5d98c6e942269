using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PbxBot.Playground.DirectLine;

/// <summary>
/// The playground's conversations, in memory (a restart ends them: Web Chat then sees 404 and a reload starts anew).
/// Bounded: beyond <see cref="PlaygroundOptions.MaxConversations"/> the least recently used one is forgotten.
/// </summary>
internal sealed class PlaygroundConversations(IOptions<PlaygroundOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PlaygroundConversation> conversations = new(StringComparer.Ordinal);
    private readonly Lock opening = new();

    /// <summary>
    /// A new conversation for the page, or the one the bot already opened to tell this user something while no page
    /// was open (so they see it).
    /// </summary>
    public PlaygroundConversation Open(string userId, string? userName, string? locale)
    {
        lock (opening)
        {
            if (conversations.Values.FirstOrDefault(c => !c.OpenedByClient && string.Equals(c.UserId, userId, StringComparison.Ordinal)) is { } waiting)
            {
                waiting.OpenedByClient = true;
                waiting.Touch(time.GetUtcNow());
                return waiting;
            }
            var conversation = Start(userId, userName, locale);
            conversation.OpenedByClient = true;
            return conversation;
        }
    }

    public PlaygroundConversation Start(string userId, string? userName, string? locale)
    {
        var now = time.GetUtcNow();
        var conversation = new PlaygroundConversation(
            $"pg-{RandomId(12)}", RandomId(32), userId, userName, locale, now, options.Value.MaxActivitiesPerConversation);
        conversations[conversation.Id] = conversation;
        while (conversations.Count > options.Value.MaxConversations
            && conversations.Values.Where(c => c != conversation).MinBy(c => c.LastUsed) is { } oldest)
        {
            conversations.TryRemove(oldest.Id, out _);
        }
        return conversation;
    }

    /// <summary>The conversation of an activity id of the stream (<c>{conversationId}|{sequence}</c>).</summary>
    public PlaygroundConversation? OfActivity(string? activityId) =>
        activityId?.IndexOf('|', StringComparison.Ordinal) is > 0 and var bar ? Find(activityId[..bar]) : null;

    public PlaygroundConversation? Find(string? conversationId) =>
        conversationId is not null && conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    public PlaygroundConversation? FindByToken(string token) =>
        conversations.Values.FirstOrDefault(c => TokenMatches(c, token));

    /// <summary>The user's most recent conversation, for messages the bot sends them on its own (approvals, outcomes).</summary>
    public PlaygroundConversation? LatestOf(string? userId) =>
        conversations.Values.Where(c => string.Equals(c.UserId, userId, StringComparison.Ordinal)).MaxBy(c => c.LastUsed);

    public static bool TokenMatches(PlaygroundConversation conversation, string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(conversation.Token), System.Text.Encoding.UTF8.GetBytes(token));

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
