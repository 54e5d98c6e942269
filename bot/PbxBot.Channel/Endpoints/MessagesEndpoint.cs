using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Channel.Activities;
using PbxBot.Channel.Authentication;
using PbxBot.Channel.Turns;

namespace PbxBot.Channel.Endpoints;

/// <summary>
/// <c>/api/messages</c>: POST only; size limit → authenticate → parse → tie the token to the activity → run the
/// turn. A refused token gets a bare 401 (the reason is logged, never told to the caller).
/// </summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint).FullName!);
        try
        {
            await HandleAsync(context, logger);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // Never the exception page (it would show internals to whoever called): log it, answer a bare 500.
            logger.LogError(e, "/api/messages failed");
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
    }

    private static async Task HandleAsync(HttpContext context, ILogger logger)
    {
        var services = context.RequestServices;
        var request = context.Request;
        var cancellationToken = context.RequestAborted;

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (!IsJson(request.ContentType))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        var maxBytes = services.GetRequiredService<IOptions<BotOptions>>().Value.MaxActivityBytes;
        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            await WriteAsync(context, ActivityResult.BadRequest(ActivityParser.TooLarge));
            return;
        }

        var authentication = await services.GetRequiredService<BotAuthenticator>().AuthenticateAsync(request.Headers.Authorization, cancellationToken);
        if (!authentication.Succeeded)
        {
            logger.LogWarning("Refused a request to /api/messages from {RemoteIp}: {Reason}", context.Connection.RemoteIpAddress, authentication.Failure);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var parsed = ActivityParser.Parse(body, maxBytes);
        if (!parsed.IsValid)
        {
            logger.LogInformation("Rejected a malformed activity: {Reason}", parsed.Error);
            await WriteAsync(context, ActivityResult.BadRequest(parsed.Error!));
            return;
        }
        var activity = parsed.Activity!;
        var caller = authentication.Caller!;
        if (BotAuthenticator.CheckActivity(caller, activity) is { } mismatch)
        {
            logger.LogWarning("Refused activity {ActivityId} on channel {ChannelId}: {Reason}", activity.Id, activity.ChannelId, mismatch);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var result = await services.GetRequiredService<ActivityProcessor>().ProcessAsync(activity, caller.IsAuthenticated, cancellationToken);
        if (result.AfterResponse.Count > 0)
        {
            context.Response.OnCompleted(() =>
            {
                result.RunAfterResponse();
                return Task.CompletedTask;
            });
        }
        await WriteAsync(context, result);
    }

    /// <summary>A JSON content type, or none (lenient like the SDK, which reads the body regardless).</summary>
    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType is null)
        {
            return false;
        }
        return mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body, or null when it exceeds <paramref name="maxBytes"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, ActivityResult result)
    {
        context.Response.StatusCode = result.StatusCode;
        if (result.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, ChannelJson.Options), context.RequestAborted);
        }
    }
}
