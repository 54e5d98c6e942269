using System.Text.Json.Nodes;
using System.Web;

namespace PbxBot.Pbx.Xapi.Tests.Fakes;

/// <summary>A request the connector sent, as the PBX would see it: path and query decoded, body as sent.</summary>
public sealed record XapiRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Body, string? Authorization, DateTimeOffset At)
{
    /// <summary>The path below <c>/xapi/v1/</c>, e.g. <c>Users(Number='105')</c>.</summary>
    public string Resource => Path[(Path.IndexOf("/xapi/v1/", StringComparison.Ordinal) + "/xapi/v1/".Length)..];

    public bool IsToken => Path.EndsWith("/connect/token", StringComparison.Ordinal);

    public JsonObject Json => JsonNode.Parse(Body ?? throw new InvalidOperationException("no body"))!.AsObject();

    /// <summary>The form of a token request.</summary>
    public IReadOnlyDictionary<string, string> Form => Parse(Body ?? "");

    public static async Task<XapiRequest> FromAsync(HttpRequestMessage request, DateTimeOffset at)
    {
        var uri = request.RequestUri!;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
        return new XapiRequest(request.Method.Method, Uri.UnescapeDataString(uri.AbsolutePath), Parse(uri.Query.TrimStart('?')), body, request.Headers.Authorization?.ToString(), at);
    }

    private static Dictionary<string, string> Parse(string query)
    {
        var parsed = HttpUtility.ParseQueryString(query);
        return parsed.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => parsed[k]!, StringComparer.Ordinal);
    }
}
