using System.Net;
using Microsoft.Extensions.Http.Resilience;
using PbxBot.Pbx.Xapi.Configuration;
using Polly;
using Polly.Timeout;

namespace PbxBot.Pbx.Xapi.Http;

/// <summary>
/// Total timeout ⊃ retries (408, 429, 5xx, timeouts, network errors; exponential backoff with jitter, Retry-After
/// honoured) ⊃ per-attempt timeout. A POST to <c>/xapi/v1</c> is never retried here: after a lost answer the user or
/// group may exist, and only the caller, who looks it up first, may decide to create it again.
/// </summary>
internal static class XapiResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, XapiOptions options, TimeProvider time, bool retryPosts)
    {
        pipeline.AddTimeout(options.Timeout);
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    IsTransient(args.Outcome)
                    && !WaitsTooLong(args.Outcome.Result, options.MaxRetryAfter, time)
                    && (retryPosts || args.Context.GetRequestMessage()?.Method != HttpMethod.Post)),
            });
        }
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || (int?)outcome.Result?.StatusCode >= 500;

    // A PBX that asks for a long pause gets it from the caller (the outbox retries later), not from a held request.
    private static bool WaitsTooLong(HttpResponseMessage? response, TimeSpan max, TimeProvider time) =>
        response?.Headers.RetryAfter is { } retryAfter
        && (retryAfter.Delta > max || retryAfter.Date - time.GetUtcNow() > max);
}
