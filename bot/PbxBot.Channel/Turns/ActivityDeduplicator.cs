using System.Security.Cryptography;
using System.Text;
using PbxBot.Application.Stores;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Turns;

/// <summary>
/// Channels redeliver an activity when they did not get an answer in time; a redelivered activity id must not run
/// its turn twice (a second extension, a second e-mail). The first delivery marks the id in the conversation store;
/// the mark is removed if the turn fails so that a redelivery can retry it.
/// </summary>
public sealed class ActivityDeduplicator(IConversationStore store, TimeProvider time)
{
    public const string Prefix = "activity|";

    /// <summary>Marks are kept this long, far beyond any channel's redelivery window.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    // Store ids are at most 255 characters and may not contain / \ ? # (Cosmos DB).
    private const int MaxIdLength = 250;

    /// <summary><c>activity|{channelId}|{conversationId}|{activityId}</c>, or null when the activity has no id.</summary>
    public static string? KeyOf(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return null;
        }
        var key = $"{Prefix}{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        if (key.Length > MaxIdLength || key.AsSpan().IndexOfAny("/\\?#") >= 0)
        {
            // Long Teams ids stay unique through a hash, under the same prefix so they are purged alike.
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            key = $"{Prefix}{hash}";
        }
        return key;
    }

    /// <summary>Marks the activity as being processed; false when it already was (a redelivery).</summary>
    public async Task<bool> TryMarkAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(key, new ProcessedActivity(time.GetUtcNow()), etag: null, cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false;
        }
    }

    public Task UnmarkAsync(string key, CancellationToken cancellationToken) => store.DeleteAsync(key, etag: null, cancellationToken);

    public Task<int> PurgeAsync(CancellationToken cancellationToken) => store.PurgeAsync(Prefix, time.GetUtcNow() - Retention, cancellationToken);

    /// <summary>The stored mark.</summary>
    public sealed record ProcessedActivity(DateTimeOffset ReceivedAt);
}
