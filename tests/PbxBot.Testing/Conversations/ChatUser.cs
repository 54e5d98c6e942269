using System.Text.Json.Nodes;
using PbxBot.Testing.Channel;

namespace PbxBot.Testing.Conversations;

/// <summary>
/// A person chatting with the bot the way Teams (or Web Chat) delivers it: they type, they press card buttons
/// (a real client sends the card's current input values with the button's data), and they read what arrives in
/// their conversation — new messages, and cards replaced in place.
/// </summary>
public sealed class ChatUser
{
    private readonly PbxBotUnderTest bot;
    private readonly Dictionary<string, CardView> cards = [];
    private readonly List<string> texts = [];
    private int seen;

    internal ChatUser(PbxBotUnderTest bot, string id, string name, string locale, string channelId, string conversationId, string conversationType)
    {
        this.bot = bot;
        Id = id;
        Name = name;
        Locale = locale;
        ChannelId = channelId;
        ConversationId = conversationId;
        ConversationType = conversationType;
    }

    /// <summary>The AAD object id: what the bot authorises by.</summary>
    public string Id { get; }

    public string Name { get; }

    public string Locale { get; set; }

    /// <summary>The IANA time zone the client sends as <c>localTimezone</c> (Teams and Web Chat do); none when null.</summary>
    public string? TimeZone { get; set; }

    public string ChannelId { get; }

    public string ConversationId { get; }

    public string ConversationType { get; }

    /// <summary>The Teams "29:…" id of the user.</summary>
    public string ChannelUserId => $"29:{Id}";

    /// <summary>The card most recently sent or replaced in this conversation.</summary>
    public CardView? LastCard { get; private set; }

    /// <summary>Every text message received in this conversation, in order.</summary>
    public IReadOnlyList<string> Texts => texts;

    public IReadOnlyCollection<CardView> Cards => cards.Values;

    public async Task<TurnResult> SayAsync(string text) =>
        await SendAsync(Activity("message").With("text", text));

    /// <summary>
    /// Sends a file as this user's client does: in Teams a <c>file.download.info</c> attachment with a pre-authenticated
    /// <c>downloadUrl</c>, elsewhere an attachment with a <c>contentUrl</c>; the fake Connector serves the bytes.
    /// </summary>
    public async Task<TurnResult> SendFileAsync(string name, byte[] content, int status = 200)
    {
        var url = bot.Connector.ServeFile(content, status: status).AbsoluteUri;
        var attachment = ChannelId == "msteams"
            ? new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["name"] = name,
                ["contentUrl"] = $"https://contoso.sharepoint.com/personal/{Id}/Documents/{name}",
                ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
            }
            : new JsonObject { ["contentType"] = "text/csv", ["name"] = name, ["contentUrl"] = url };
        return await SendAsync(Activity("message").With("attachments", new JsonArray(attachment)));
    }

    /// <summary>Types <paramref name="text"/> after an @mention of the bot, as Teams delivers it in channels and group chats.</summary>
    public async Task<TurnResult> SayToTheBotAsync(string text)
    {
        var markup = $"<at>{TestActivities.BotName}</at>";
        var mention = new JsonObject
        {
            ["type"] = "mention",
            ["text"] = markup,
            ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        };
        return await SendAsync(Activity("message").With("text", $"{markup} {text}").With("entities", new JsonArray(mention)));
    }

    /// <summary>The bot being added to this conversation (what Teams sends on install).</summary>
    public async Task<TurnResult> InstallAsync() =>
        await SendAsync(Activity("conversationUpdate").With("membersAdded", new JsonArray(new JsonObject { ["id"] = TestActivities.BotId }, new JsonObject { ["id"] = ChannelUserId })));

    /// <summary>Presses a button of <paramref name="card"/> (default: the last card), with the card's inputs as shown, changed by <paramref name="inputs"/>.</summary>
    public async Task<TurnResult> PressAsync(string buttonTitle, IReadOnlyDictionary<string, string>? inputs = null, CardView? card = null)
    {
        card ??= LastCard ?? throw new InvalidOperationException("No card to press a button on.");
        var button = card.Button(buttonTitle);
        var type = button["type"]!.GetValue<string>();
        var submitsInputs = button["associatedInputs"]?.GetValue<string>() != "none";
        var values = new JsonObject();
        if (submitsInputs)
        {
            foreach (var (id, input) in card.Inputs)
            {
                if (input["value"] is { } v)
                {
                    values[id] = v.ToString();
                }
            }
            foreach (var (k, v) in inputs ?? new Dictionary<string, string>())
            {
                values[k] = v;
            }
        }
        else if (inputs is { Count: > 0 })
        {
            throw new InvalidOperationException($"Button \"{buttonTitle}\" does not send the card's inputs.");
        }
        foreach (var (k, v) in button["data"]?.AsObject() ?? [])
        {
            values[k] = v?.DeepClone();
        }
        if (type == "Action.Execute")
        {
            var invoke = Activity("invoke").With("name", "adaptiveCard/action").With("replyToId", card.ActivityId).With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = button["verb"]!.GetValue<string>(), ["data"] = values },
                ["trigger"] = "manual",
            });
            return await SendAsync(invoke, card.ActivityId);
        }
        return await SendAsync(Activity("message").With("value", values).With("replyToId", card.ActivityId).With("channelData", new JsonObject { ["postBack"] = true }));
    }

    /// <summary>
    /// What Teams does when a user listed in the card's <c>refresh.userIds</c> looks at it: an adaptiveCard/action
    /// invoke with <c>trigger: "automatic"</c> and the card's refresh action.
    /// </summary>
    public async Task<TurnResult> RefreshAsync(CardView card)
    {
        var action = card.Json["refresh"]?["action"]?.AsObject() ?? throw new InvalidOperationException($"The card has no refresh action.\n{card.Json.ToJsonString()}");
        var invoke = Activity("invoke").With("name", "adaptiveCard/action").With("replyToId", card.ActivityId).With("value", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.GetValue<string>(), ["data"] = action["data"]?.DeepClone() ?? new JsonObject() },
            ["trigger"] = "automatic",
        });
        return await SendAsync(invoke, card.ActivityId);
    }

    /// <summary>Waits (without sleeping) until a card arrives that satisfies <paramref name="match"/>, e.g. a proactive approval card.</summary>
    public async Task<CardView> WaitForCardAsync(Func<CardView, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Collect();
            if (cards.Values.LastOrDefault(match) is { } found)
            {
                return found;
            }
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No matching card arrived for {Name}. Cards: {string.Join("\n", cards.Values.Select(c => c.Text))}\nTexts: {string.Join(" | ", texts)}");
            }
            try
            {
                await bot.Connector.WaitForActivitiesAsync(bot.Connector.Activities.Count + 1, remaining);
            }
            catch (TimeoutException)
            {
                // Checked once more at the top of the loop, then reported with what did arrive.
            }
        }
    }

    /// <summary>
    /// Waits until the card of a change (the last card by default) says the PBX applied it — the outbox updates the
    /// confirmation card in place — and returns that card.
    /// </summary>
    public Task<CardView> WaitForAppliedAsync(CardView? card = null)
    {
        var id = (card ?? LastCard ?? throw new InvalidOperationException("No card yet.")).ActivityId;
        return WaitForCardAsync(c => c.ActivityId == id && (c.Text.Contains("appliqué le", StringComparison.Ordinal) || c.Text.Contains("applied on", StringComparison.Ordinal)));
    }

    /// <summary>Waits until a text containing <paramref name="fragment"/> arrives.</summary>
    public async Task<string> WaitForTextAsync(string fragment, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            Collect();
            if (texts.FirstOrDefault(t => t.Contains(fragment, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No text with \"{fragment}\" arrived for {Name}. Texts: {string.Join(" | ", texts)}");
            }
            try
            {
                await bot.Connector.WaitForActivitiesAsync(bot.Connector.Activities.Count + 1, remaining);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>Picks up what the bot sent to this conversation outside a turn (proactive messages).</summary>
    public void Collect() => CollectSince(null);

    private async Task<TurnResult> SendAsync(JsonObject activity, string? invokedCardId = null)
    {
        var before = bot.Connector.Calls.Count;
        var (status, body) = await bot.PostAsync(activity);
        var result = new TurnResult(status, body);
        if (invokedCardId is not null && PbxBotUnderTest.Json(body) is { } invoke && invoke["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
        {
            var card = new CardView(invokedCardId, invoke["value"]!.AsObject());
            cards[invokedCardId] = card;
            LastCard = card;
            result.Cards.Add(card);
        }
        CollectSince(before, result);
        return result;
    }

    private void CollectSince(int? from, TurnResult? result = null)
    {
        var calls = bot.Connector.Calls;
        var start = from ?? seen;
        for (var i = Math.Max(start, 0); i < calls.Count; i++)
        {
            var call = calls[i];
            if (!call.Succeeded || call.Body is not JsonObject body || !string.Equals(call.ConversationId, ConversationId, StringComparison.Ordinal))
            {
                continue;
            }
            if (call.Kind is not (ConnectorCallKind.ReplyToActivity or ConnectorCallKind.SendToConversation or ConnectorCallKind.UpdateActivity))
            {
                continue;
            }
            var id = call.Kind == ConnectorCallKind.UpdateActivity ? call.ActivityId! : call.AnsweredId ?? $"local-{i}";
            if (body["attachments"]?[0]?["content"] is JsonObject content)
            {
                var card = new CardView(id, content);
                cards[id] = card;
                LastCard = card;
                result?.Cards.Add(card);
            }
            else if (body["text"]?.GetValue<string>() is { } text)
            {
                texts.Add(text);
                result?.Texts.Add(text);
            }
        }
        seen = Math.Max(seen, calls.Count);
    }

    private JsonObject Activity(string type)
    {
        var activity = NewActivity(type);
        if (TimeZone is not null)
        {
            activity["localTimezone"] = TimeZone;
        }
        return activity;
    }

    private JsonObject NewActivity(string type) => new()
    {
        ["type"] = type,
        ["id"] = $"activity-{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = bot.Connector.ServiceUrl,
        ["channelId"] = ChannelId,
        ["from"] = new JsonObject { ["id"] = ChannelUserId, ["name"] = Name, ["aadObjectId"] = Id },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = ConversationType, ["tenantId"] = TestActivities.TenantId },
        ["locale"] = Locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestActivities.TenantId } },
    };
}

/// <summary>What one turn produced: the HTTP answer, and the messages and cards that arrived in the conversation.</summary>
public sealed class TurnResult(int status, string body)
{
    public int Status { get; } = status;

    public string Body { get; } = body;

    public List<string> Texts { get; } = [];

    public List<CardView> Cards { get; } = [];
}
