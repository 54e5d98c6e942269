using System.Text.Json.Nodes;

namespace PbxBot.Playground.DirectLine;

/// <summary>
/// One Web Chat conversation: who it is with, and its activity stream. The stream is append-only and the watermark is
/// the number of entries a client has read; a card update appends the activity again with its id and original
/// timestamp, which Web Chat shows in place of the old one.
/// </summary>
internal sealed class PlaygroundConversation(string id, string token, string userId, string? userName, string? locale, DateTimeOffset createdAt, int maxActivities)
{
    private readonly Lock gate = new();
    private readonly List<JsonObject> stream = [];
    private readonly Dictionary<string, string> timestamps = new(StringComparer.Ordinal);
    private DateTimeOffset lastTimestamp = DateTimeOffset.MinValue;
    private int sequence;

    public string Id { get; } = id;

    public string Token { get; } = token;

    public string UserId { get; } = userId;

    public string? UserName { get; } = userName;

    public string? Locale { get; } = locale;

    /// <summary>One turn at a time, in the order the user acted, as a real channel delivers them.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    public DateTimeOffset LastUsed { get; private set; } = createdAt;

    /// <summary>False while only the bot has written here (a message to someone who had no page open yet).</summary>
    public bool OpenedByClient { get; set; }

    /// <summary>Files uploaded in this conversation (Direct Line's attachment store), oldest dropped past <see cref="MaxUploadBytes"/>.</summary>
    private readonly List<PlaygroundUpload> uploads = [];

    public const long MaxUploadBytes = 8 * 1024 * 1024;

    public string AddUpload(string name, string contentType, byte[] content)
    {
        var upload = new PlaygroundUpload(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), name, contentType, content);
        lock (gate)
        {
            uploads.Add(upload);
            while (uploads.Count > 1 && uploads.Sum(u => (long)u.Content.Length) > MaxUploadBytes)
            {
                uploads.RemoveAt(0);
            }
        }
        return upload.Id;
    }

    public PlaygroundUpload? FindUpload(string id)
    {
        lock (gate)
        {
            return uploads.Find(u => u.Id == id);
        }
    }

    /// <summary>Marks the conversation as the one the user is looking at now.</summary>
    public void Touch(DateTimeOffset now)
    {
        lock (gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>Gives <paramref name="activity"/> the next id and a timestamp after every earlier one, and appends it.</summary>
    /// <returns>The new activity id, or null when the stream is full.</returns>
    /// <param name="stamp">Last changes that need the id, made before any client can read the activity.</param>
    public string? Append(JsonObject activity, DateTimeOffset now, Action<JsonObject, string>? stamp = null)
    {
        lock (gate)
        {
            if (stream.Count >= maxActivities)
            {
                return null;
            }
            var activityId = $"{Id}|{++sequence:D7}";
            // Web Chat orders by timestamp: two activities in the same millisecond must still keep their order.
            var at = now > lastTimestamp ? now : lastTimestamp.AddMilliseconds(1);
            lastTimestamp = at;
            var timestamp = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
            activity["id"] = activityId;
            activity["timestamp"] = timestamp;
            timestamps[activityId] = timestamp;
            stamp?.Invoke(activity, activityId);
            stream.Add(activity);
            LastUsed = now;
            return activityId;
        }
    }

    public bool Has(string activityId)
    {
        lock (gate)
        {
            return timestamps.ContainsKey(activityId);
        }
    }

    /// <summary>Appends a new version of an activity already in the stream; false when there is no such activity.</summary>
    public bool Replace(string activityId, JsonObject activity, DateTimeOffset now, Action<JsonObject, string>? stamp = null)
    {
        lock (gate)
        {
            if (!timestamps.TryGetValue(activityId, out var timestamp) || stream.Count >= maxActivities)
            {
                return false;
            }
            activity["id"] = activityId;
            activity["timestamp"] = timestamp;
            stamp?.Invoke(activity, activityId);
            stream.Add(activity);
            LastUsed = now;
            return true;
        }
    }

    /// <summary>The entries after <paramref name="watermark"/> (copies), and the watermark to ask with next time.</summary>
    public (JsonArray Activities, int Watermark) Since(int watermark)
    {
        lock (gate)
        {
            var from = Math.Clamp(watermark, 0, stream.Count);
            var activities = new JsonArray();
            for (var i = from; i < stream.Count; i++)
            {
                activities.Add(stream[i].DeepClone());
            }
            return (activities, stream.Count);
        }
    }
}

/// <summary>A file a user uploaded in the playground, served back at its <c>contentUrl</c>.</summary>
internal sealed record PlaygroundUpload(string Id, string Name, string ContentType, byte[] Content);
