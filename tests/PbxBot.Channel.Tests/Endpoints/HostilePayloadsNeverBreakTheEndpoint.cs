using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Endpoints;

/// <summary>
/// Whatever arrives on <c>/api/messages</c>, the host answers 2xx or 4xx (never a 5xx from parsing, never a dropped
/// connection) and keeps serving. Authentication is off here so every payload reaches the parser.
/// </summary>
public sealed class HostilePayloadsNeverBreakTheEndpoint(DevHostFixture fixture) : IClassFixture<DevHostFixture>
{
    private const int Seed = 20261124;

    [Fact]
    public async Task Hundreds_of_malformed_payloads_get_a_2xx_or_4xx_answer_and_healthz_still_answers()
    {
        var ct = TestContext.Current.CancellationToken;
        var payloads = Payloads(fixture.Connector.ServiceUrl).ToList();
        Assert.True(payloads.Count >= 300, $"only {payloads.Count} payloads");

        var failures = new List<string>();
        foreach (var (name, body, contentType) in payloads)
        {
            try
            {
                using var response = await fixture.Host.PostAsync(body, contentType, cancellationToken: ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{name}: {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                failures.Add($"{name}: connection failed ({e.Message})");
            }
        }
        using var health = await fixture.Host.Http.GetAsync("healthz", ct);

        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static IEnumerable<(string Name, byte[] Body, string? ContentType)> Payloads(string serviceUrl)
    {
        var random = new Random(Seed);
        const string json = "application/json";

        // Random bytes, and random bytes after a valid opening.
        for (var i = 0; i < 80; i++)
        {
            var bytes = new byte[random.Next(0, 2048)];
            random.NextBytes(bytes);
            yield return ($"random-{i}", bytes, json);
            yield return ($"random-after-brace-{i}", [.. "{\"type\":\"message\",\"text\":\""u8, .. bytes], json);
        }

        // Deep nesting, in every position the parser might recurse into.
        foreach (var depth in new[] { 65, 200, 5000, 50000 })
        {
            yield return ($"deep-arrays-{depth}", Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)), json);
            yield return ($"deep-objects-{depth}", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)), json);
            yield return ($"deep-value-{depth}", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"value\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "}"), json);
            yield return ($"deep-unclosed-{depth}", Encoding.UTF8.GetBytes(new string('{', depth)), json);
        }

        // Huge strings, under and over the size limit.
        foreach (var size in new[] { 100_000, 250_000, 300_000, 2_000_000 })
        {
            yield return ($"huge-text-{size}", Activity(serviceUrl, a => a["text"] = new string('é', size / 2)), json);
            yield return ($"huge-unknown-field-{size}", Activity(serviceUrl, a => a["x"] = new string('a', size)), json);
        }

        // Every field with every wrong JSON kind, and null.
        JsonNode?[] wrongKinds = [null, 0, -1.5e308, true, "text", new JsonArray(), new JsonArray(1, "a", null), new JsonObject(), new JsonObject { ["id"] = new JsonArray() }];
        string[] fields = ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "replyToId", "text", "locale", "value", "name", "action", "attachments", "entities", "channelData", "membersAdded", "membersRemoved"];
        foreach (var field in fields)
        {
            for (var k = 0; k < wrongKinds.Length; k++)
            {
                var kind = wrongKinds[k]?.DeepClone();
                yield return ($"{field}-kind-{k}", Activity(serviceUrl, a => a[field] = kind), json);
            }
        }

        // Wrong kinds inside nested structures the channel reads.
        yield return ("entities-of-numbers", Activity(serviceUrl, a => a["entities"] = new JsonArray(1, 2, 3)), json);
        yield return ("mention-without-text", Activity(serviceUrl, a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId } })), json);
        yield return ("mention-mentioned-string", Activity(serviceUrl, a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "bot", ["text"] = "x" })), json);
        yield return ("members-added-nulls", Activity(serviceUrl, a => { a["type"] = "conversationUpdate"; a["membersAdded"] = new JsonArray(null, null); }), json);
        yield return ("channel-data-tenant-array", Activity(serviceUrl, a => { a["conversation"]!["tenantId"] = null; a["channelData"] = new JsonObject { ["tenant"] = new JsonArray(1) }; }), json);
        yield return ("invoke-value-string", Activity(serviceUrl, a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = "x"; }), json);
        yield return ("invoke-action-array", Activity(serviceUrl, a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = new JsonObject { ["action"] = new JsonArray() }; }), json);
        yield return ("invoke-verb-object", Activity(serviceUrl, a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = new JsonObject { ["action"] = new JsonObject { ["verb"] = new JsonObject(), ["data"] = 5 }, ["trigger"] = new JsonArray() }; }), json);
        yield return ("installation-action-number", Activity(serviceUrl, a => { a["type"] = "installationUpdate"; a["action"] = 3; }), json);

        // Hostile service URLs.
        foreach (var url in new[] { "", " ", "file:///etc/passwd", "javascript:alert(1)", "http://[::1", "ftp://example.com/", "//no-scheme", "http://", new string('a', 10000) })
        {
            yield return ($"service-url-{url.Length}-{url[..Math.Min(url.Length, 10)]}", Activity(serviceUrl, a => a["serviceUrl"] = url), json);
        }

        // Invalid UTF-8 and odd encodings.
        yield return ("invalid-utf8-in-string", [.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8], json);
        yield return ("overlong-utf8", [.. "{\"type\":\"message\",\"text\":\""u8, 0xC0, 0xAF, .. "\"}"u8], json);
        yield return ("lone-surrogate-escape", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"\\uD800\"}"), json);
        yield return ("utf16", Encoding.Unicode.GetBytes("{\"type\":\"message\"}"), json);
        yield return ("bom-then-activity", [0xEF, 0xBB, 0xBF, .. Activity(serviceUrl, _ => { })], json);
        yield return ("nul-bytes", new byte[64], json);
        yield return ("truncated", Activity(serviceUrl, _ => { })[..40], json);
        yield return ("trailing-garbage", [.. Activity(serviceUrl, _ => { }), .. "}}]]garbage"u8], json);
        yield return ("two-objects", [.. Activity(serviceUrl, _ => { }), .. Activity(serviceUrl, _ => { })], json);
        yield return ("comments", Encoding.UTF8.GetBytes("{/* c */\"type\":\"message\"}"), json);
        yield return ("duplicate-keys", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"type\":\"invoke\",\"type\":5}"), json);
        yield return ("number-overflow", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"conversation\":{\"isGroup\":1e99999}}"), json);

        // Wrong or odd content types around a valid activity.
        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "???", "application/json; charset=utf-16", "application/vnd.api+json", null })
        {
            yield return ($"content-type-{contentType ?? "none"}", Activity(serviceUrl, _ => { }), contentType);
        }
    }

    private static byte[] Activity(string serviceUrl, Action<JsonObject> change)
    {
        var activity = TestActivities.Message(serviceUrl, "aide");
        change(activity);
        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }
}
