using System.Text.Json;

namespace PbxBot.Channel.Activities;

/// <summary>The outcome of parsing a request body: an activity, or why it is not one (answered with 400).</summary>
public sealed record ParsedActivity(Activity? Activity, string? Error)
{
    public bool IsValid => Activity is not null;
}

/// <summary>
/// Turns a request body into an <see cref="Activity"/>. Never throws on hostile input: whatever the bytes, the
/// answer is an activity or a short reason, so the endpoint answers 400 rather than 500.
/// </summary>
public static class ActivityParser
{
    public const string TooLarge = "activity too large";

    public static ParsedActivity Parse(ReadOnlySpan<byte> body, int maxBytes)
    {
        if (body.Length > maxBytes)
        {
            return new(null, TooLarge);
        }
        if (body.IsEmpty)
        {
            return new(null, "the body is empty");
        }
        // Some clients prefix a UTF-8 byte order mark, which the JSON reader does not accept.
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }
        Activity? activity;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = ChannelJson.Options.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new(null, "the body must be a JSON object");
            }
            activity = JsonSerializer.Deserialize<Activity>(body, ChannelJson.Options);
        }
        catch (JsonException e)
        {
            return new(null, $"invalid activity JSON: {Describe(e)}");
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            // A field of an unexpected JSON kind (e.g. an array where an object is expected) can surface this way.
            return new(null, "invalid activity JSON: a field has the wrong type");
        }
        if (activity is null)
        {
            return new(null, "the body must be a JSON object");
        }
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return new(null, "the activity has no type");
        }
        return new(activity, null);
    }

    // The path and position help a developer; the message never echoes the payload itself.
    private static string Describe(JsonException e) =>
        e.Path is { Length: > 0 } path ? $"at {path} (line {e.LineNumber}, byte {e.BytePositionInLine})" : $"line {e.LineNumber}, byte {e.BytePositionInLine}";
}
