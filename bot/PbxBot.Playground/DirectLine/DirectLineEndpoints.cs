using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Channel;
using PbxBot.Channel.Turns;
using PbxBot.Playground.SampleData;

namespace PbxBot.Playground.DirectLine;

/// <summary>
/// The part of Direct Line 3.0 that Web Chat uses in polling mode (<c>webSocket: false</c>), same origin as the page:
/// start a conversation (the server queues the greeting), read its activities after a watermark, post an activity
/// (echoed with its clientActivityID, then its turn runs), reconnect, refresh the token. Unknown conversation → 404,
/// wrong token → 403, as Direct Line answers.
/// </summary>
internal static class DirectLineEndpoints
{
    private const int TokenLifetimeSeconds = 3600;
    private const int MaxStartBodyBytes = 16 * 1024;

    public static void MapDirectLine(this IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup("/v3/directline").ExcludeFromDescription().DisableAntiforgery();
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapGet("/conversations/{conversationId}/activities", Activities);
        directLine.MapPost("/conversations/{conversationId}/activities", PostAsync);
        directLine.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        directLine.MapGet("/conversations/{conversationId}/attachments/{attachmentId}", Attachment);
        directLine.MapPost("/tokens/refresh", Refresh);
    }

    // Web Chat sends {"user":{"id"}, "locale"} (the id it was given, or a random one) with "Bearer undefined".
    private static async Task<IResult> StartAsync(HttpContext http, PlaygroundConversations conversations)
    {
        var body = await ReadJsonAsync(http.Request, MaxStartBodyBytes);
        var userId = Text(body?["user"]?["id"]);
        userId = string.IsNullOrWhiteSpace(userId) ? $"guest-{Guid.NewGuid():N}"[..14] : userId.Trim();
        var name = Text(body?["user"]?["name"]) ?? PlaygroundUsers.Find(userId)?.Name;
        var conversation = conversations.Open(userId, name, Text(body?["locale"]));

        await RunTurnAsync(http, conversation, PlaygroundActivities.BotJoined(conversation), CancellationToken.None);
        return Results.Json(Conversation(conversation), statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpContext http, PlaygroundConversations conversations, TimeProvider time)
    {
        if (Authorize(http, conversations.Find(conversationId)) is { } refused)
        {
            return refused;
        }
        var conversation = conversations.Find(conversationId)!;
        conversation.Touch(time.GetUtcNow());
        return Results.Json(Conversation(conversation));
    }

    private static IResult Activities(string conversationId, string? watermark, HttpContext http, PlaygroundConversations conversations)
    {
        var conversation = conversations.Find(conversationId);
        if (Authorize(http, conversation) is { } refused)
        {
            return refused;
        }
        var (activities, next) = conversation!.Since(int.TryParse(watermark, out var w) ? w : 0);
        return Results.Json(new JsonObject { ["activities"] = activities, ["watermark"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static async Task<IResult> PostAsync(string conversationId, HttpContext http, PlaygroundConversations conversations, TimeProvider time, IOptions<BotOptions> bot)
    {
        var conversation = conversations.Find(conversationId);
        if (Authorize(http, conversation) is { } refused)
        {
            return refused;
        }
        if (await ReadJsonAsync(http.Request, bot.Value.MaxActivityBytes) is not JsonObject posted)
        {
            return Results.BadRequest(Error("BadArgument", "The body must be an activity (a JSON object)."));
        }

        return await DeliverAsync(http, conversation!, posted, time);
    }

    /// <summary>A posted (or uploaded) activity: echoed into the stream with its id, then its turn runs; answers that id.</summary>
    private static async Task<IResult> DeliverAsync(HttpContext http, PlaygroundConversation conversation, JsonObject posted, TimeProvider time)
    {
        var echo = PlaygroundActivities.Echo(posted, conversation);
        var parsed = PlaygroundActivities.ForTurn(echo);
        if (!parsed.IsValid)
        {
            return Results.BadRequest(Error("BadArgument", $"Not an activity: {parsed.Error}."));
        }
        var turnActivity = parsed.Activity!;
        var id = conversation.Append(echo, time.GetUtcNow());
        if (id is null)
        {
            return Results.Json(Error("MessageSizeTooBig", "This conversation is full: reload the page."), statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        turnActivity.Id = id;
        await RunTurnAsync(http, conversation, turnActivity, http.RequestAborted);
        return Results.Json(new JsonObject { ["id"] = id });
    }

    /// <summary>
    /// Web Chat's file upload (DirectLineJS <c>postActivityWithAttachments</c>): multipart, an <c>activity</c> part
    /// (<c>application/vnd.microsoft.activity</c>) and one part per file. Each file is kept in the conversation and the
    /// bot receives the activity with the file's <c>contentUrl</c>, as Direct Line delivers it.
    /// </summary>
    private static async Task<IResult> UploadAsync(string conversationId, HttpContext http, PlaygroundConversations conversations, TimeProvider time)
    {
        var conversation = conversations.Find(conversationId);
        if (Authorize(http, conversation) is { } refused)
        {
            return refused;
        }
        if (!http.Request.HasFormContentType || http.Request.ContentLength > MaxUploadRequestBytes)
        {
            return Results.BadRequest(Error("BadArgument", $"Send multipart/form-data of at most {MaxUploadRequestBytes / (1024 * 1024)} MB."));
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = MaxUploadRequestBytes }, http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Results.BadRequest(Error("BadArgument", "The upload could not be read."));
        }
        JsonObject activity = new() { ["type"] = "message" };
        if (form.Files.GetFile("activity") is { } activityPart)
        {
            await using var json = activityPart.OpenReadStream();
            if (await JsonNode.ParseAsync(json, cancellationToken: http.RequestAborted) is JsonObject posted)
            {
                activity = posted;
            }
        }
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var attachments = new JsonArray();
        foreach (var file in form.Files.Where(f => f.Name != "activity"))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, http.RequestAborted);
            var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
            var id = conversation!.AddUpload(file.FileName, contentType, buffer.ToArray());
            attachments.Add(new JsonObject
            {
                ["contentType"] = contentType,
                ["name"] = file.FileName,
                ["contentUrl"] = $"{origin}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/attachments/{id}",
            });
        }
        activity["attachments"] = attachments;
        return await DeliverAsync(http, conversation!, activity, time);
    }

    /// <summary>An uploaded file; its id (128 random bits) is the credential, as the bot fetches it without the page's token.</summary>
    private static IResult Attachment(string conversationId, string attachmentId, PlaygroundConversations conversations) =>
        conversations.Find(conversationId)?.FindUpload(attachmentId) is { } upload
            ? Results.File(upload.Content, upload.ContentType, upload.Name)
            : Results.NotFound();

    private const long MaxUploadRequestBytes = 4 * 1024 * 1024;

    private static IResult Refresh(HttpContext http, PlaygroundConversations conversations)
    {
        var conversation = BearerToken(http) is { } token ? conversations.FindByToken(token) : null;
        return conversation is null
            ? Results.Json(Error("TokenExpired", "Unknown token."), statusCode: StatusCodes.Status403Forbidden)
            : Results.Json(Conversation(conversation));
    }

    /// <summary>One turn at a time per conversation, through the same pipeline as /api/messages (never authenticated).</summary>
    private static async Task RunTurnAsync(HttpContext http, PlaygroundConversation conversation, Channel.Activities.Activity activity, CancellationToken cancellationToken)
    {
        await conversation.Turns.WaitAsync(CancellationToken.None);
        try
        {
            await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ActivityProcessor>().ProcessAsync(activity, authenticated: false, cancellationToken);
            // Everything the turn produced is in the stream already.
            result.RunAfterResponse();
            if (result.StatusCode >= 400)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpoints))
                    .LogWarning("Playground turn of {Type} activity {ActivityId} answered {Status}", activity.Type, activity.Id, result.StatusCode);
            }
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    private static IResult? Authorize(HttpContext http, PlaygroundConversation? conversation)
    {
        if (conversation is null)
        {
            return Results.Json(Error("BadArgument", "Conversation not found."), statusCode: StatusCodes.Status404NotFound);
        }
        return PlaygroundConversations.TokenMatches(conversation, BearerToken(http))
            ? null
            : Results.Json(Error("TokenExpired", "The token does not open this conversation."), statusCode: StatusCodes.Status403Forbidden);
    }

    private static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private static JsonObject Conversation(PlaygroundConversation conversation) => new()
    {
        ["conversationId"] = conversation.Id,
        ["token"] = conversation.Token,
        ["expires_in"] = TokenLifetimeSeconds,
    };

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The body as JSON, or null when it is empty, too large or not JSON.</summary>
    private static async Task<JsonNode?> ReadJsonAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
