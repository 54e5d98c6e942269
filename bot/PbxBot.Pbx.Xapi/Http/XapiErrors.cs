using System.Net;
using System.Text.Json;
using PbxBot.Application.PhoneSystem;

namespace PbxBot.Pbx.Xapi.Http;

/// <summary>
/// Turns a failed answer into the port's exceptions: 404 → <see cref="PbxNotFoundException"/>; 408, 429, 5xx →
/// <see cref="PbxUnavailableException"/> (with Retry-After); any other 4xx → <see cref="PbxRefusedException"/> with the
/// PBX's own reason and the card field of the property it named, read from the OData error body
/// (<c>Pbx.ODataErrors.ODataError</c>: <c>error.code</c>, <c>message</c>, <c>target</c>, <c>details[].target/message</c>).
/// A body that is not JSON still gives a readable reason.
/// </summary>
internal static class XapiErrors
{
    private const int MaxReasonLength = 500;

    public static async Task<PhoneSystemException> ReadAsync(HttpResponseMessage response, string pbxId, XapiTarget target, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound && !target.Collection)
        {
            return new PbxNotFoundException(target.Description);
        }
        var error = Parse(text) ?? new ODataError(null, PlainReason(response, text), null, []);
        var reason = Reason(error);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new PbxUnavailableException($"The PBX {pbxId} has no {target.Description} at its XAPI address (404): check its Url setting. {reason}");
        }
        if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized || status >= 500)
        {
            return new PbxUnavailableException($"The PBX {pbxId} answered {status} about {target.Description}: {reason}", RetryAfter(response, time));
        }
        var field = target.Fields.Field(error.Target) ?? error.Details.Select(d => target.Fields.Field(d.Target)).FirstOrDefault(f => f is not null);
        return new PbxRefusedException(field, reason, status, error.Code);
    }

    /// <summary>The PBX's Retry-After, as a delay from now.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The main message, then any detail that says more.</summary>
    private static string Reason(ODataError error)
    {
        var parts = new List<string>();
        foreach (var message in error.Details.Select(d => d.Message).Prepend(error.Message))
        {
            if (!string.IsNullOrWhiteSpace(message) && !parts.Contains(message.Trim(), StringComparer.Ordinal))
            {
                parts.Add(message.Trim());
            }
        }
        var reason = parts.Count == 0 ? error.Code ?? "no reason given" : string.Join(" — ", parts);
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength] + "…";
    }

    private static ODataError? Parse(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (Property(root, "error") is { ValueKind: JsonValueKind.Object } error)
            {
                var details = Property(error, "details") is { ValueKind: JsonValueKind.Array } array
                    ? array.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object).Select(d => new ODataErrorDetail(String(d, "target"), String(d, "message"))).ToList()
                    : [];
                return new ODataError(String(error, "code"), String(error, "message"), String(error, "target"), details);
            }
            // Not an OData error: keep whatever message the body has.
            var message = String(root, "message") ?? String(root, "detail") ?? String(root, "title") ?? String(root, "error_description");
            return message is null ? null : new ODataError(String(root, "code"), message, String(root, "target"), []);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string PlainReason(HttpResponseMessage response, string text)
    {
        var plain = text.Trim();
        return plain.Length == 0 || plain.StartsWith('<') || plain.StartsWith('{')
            ? $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd()
            : plain;
    }

    // OData JSON is case-sensitive, but "Error"/"Message" cost nothing to accept.
    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private sealed record ODataError(string? Code, string? Message, string? Target, IReadOnlyList<ODataErrorDetail> Details);

    private sealed record ODataErrorDetail(string? Target, string? Message);
}
