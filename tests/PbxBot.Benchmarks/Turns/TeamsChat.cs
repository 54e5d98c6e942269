using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// One operator's personal chat with the bot, as Teams delivers it: a typed text is a <c>message</c> whose reply
/// arrives at the Connector; a card button is an <c>adaptiveCard/action</c> invoke (Action.Execute) whose HTTP answer
/// carries the replacing card. Each call returns the one card the turn must produce, or says why there was none.
/// </summary>
public sealed class TeamsChat(HttpClient http, Uri messagesUrl, ReplyConnector connector, string userId, string userName)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly string conversationId = $"a:bench-{userId}";
    private long sequence;

    /// <summary>Types <paramref name="text"/>; the answer is the card replied through the Connector.</summary>
    public async Task<TurnOutcome> SayAsync(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        return await OneCardAsync(activity, $"\"{text}\"");
    }

    /// <summary>Sends a file as Teams does (<c>file.download.info</c> with its download link); the answer is the card replied.</summary>
    public async Task<TurnOutcome> SendFileAsync(string name, Uri downloadUrl)
    {
        var activity = Activity("message");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl.AbsoluteUri, ["fileType"] = "csv" },
        });
        return await OneCardAsync(activity, $"file {name}");
    }

    /// <summary>Posts <paramref name="activity"/>; the turn must answer with exactly one card through the Connector.</summary>
    private async Task<TurnOutcome> OneCardAsync(JsonObject activity, string what)
    {
        var (status, _) = await PostAsync(activity);
        var replies = connector.Drain(conversationId);
        if (status != 200)
        {
            return TurnOutcome.Failed($"{what}: HTTP {status}");
        }
        var cards = replies.Select(r => JsonNode.Parse(r)?["attachments"]?[0]?["content"]).OfType<JsonObject>().ToList();
        return cards.Count == 1
            ? TurnOutcome.Card(new CardView(activity["id"]!.GetValue<string>(), cards[0]))
            : TurnOutcome.Failed($"{what}: {cards.Count} cards among {replies.Count} replies");
    }

    /// <summary>The conversation's id at the Connector.</summary>
    public string ConversationId => conversationId;

    /// <summary>Types <paramref name="text"/> where the bot answers in text (« synchroniser »): the texts replied through the Connector.</summary>
    public async Task<IReadOnlyList<string>> SayForTextsAsync(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        var (status, _) = await PostAsync(activity);
        var replies = Texts(connector.Drain(conversationId));
        return status == 200 ? replies : throw new HttpRequestException($"\"{text}\": HTTP {status}");
    }

    /// <summary>
    /// The first text the bot sends this chat on its own (a sync's report) that <paramref name="match"/> accepts,
    /// within <paramref name="timeout"/>; null if none came. Polls the Connector's inbox every 10 ms.
    /// </summary>
    public async Task<string?> WaitForTextAsync(Func<string, bool> match, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (System.Diagnostics.Stopwatch.GetTimestamp() < deadline)
        {
            if (Texts(connector.Drain(conversationId)).FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(10, ct);
        }
        return null;
    }

    private static List<string> Texts(List<string> replies) =>
        replies.Select(r => JsonNode.Parse(r)?["text"]?.GetValue<string>()).OfType<string>().ToList();

    /// <summary>Presses <paramref name="buttonTitle"/> on <paramref name="card"/> with its inputs as shown, changed by <paramref name="inputs"/>.</summary>
    public async Task<TurnOutcome> PressAsync(CardView card, string buttonTitle, IReadOnlyDictionary<string, string>? inputs = null)
    {
        if (!card.HasButton(buttonTitle))
        {
            return TurnOutcome.Failed($"no button \"{buttonTitle}\" on the card");
        }
        var button = card.Button(buttonTitle);
        var values = new JsonObject();
        foreach (var (id, input) in card.Inputs)
        {
            if (input["value"] is { } v)
            {
                values[id] = v.ToString();
            }
        }
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }
        foreach (var (key, value) in button["data"]?.AsObject() ?? [])
        {
            values[key] = value?.DeepClone();
        }
        var activity = Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = card.ActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = button["verb"]?.GetValue<string>(), ["data"] = values },
            ["trigger"] = "manual",
        };
        var (status, body) = await PostAsync(activity);
        connector.Drain(conversationId);
        if (status != 200 || JsonNode.Parse(body) is not JsonObject answer)
        {
            return TurnOutcome.Failed($"\"{buttonTitle}\": HTTP {status}");
        }
        return answer["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" && answer["value"] is JsonObject replacement
            ? TurnOutcome.Card(new CardView(card.ActivityId, replacement))
            : TurnOutcome.Failed($"\"{buttonTitle}\": answered {Shorten(body)}");
    }

    private async Task<(int Status, string Body)> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(messagesUrl, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private JsonObject Activity(string type) => new()
    {
        ["type"] = type,
        ["id"] = $"{userId}-{++sequence}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:{userId}", ["name"] = userName, ["aadObjectId"] = userId },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TestActivities.TenantId },
        ["locale"] = "fr-FR",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestActivities.TenantId } },
    };

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

/// <summary>What one turn produced: the card it had to show, or the reason it is an error.</summary>
public sealed record TurnOutcome(CardView? Shown, string? Error)
{
    public static TurnOutcome Card(CardView card) => new(card, null);

    public static TurnOutcome Failed(string error) => new(null, error);
}
