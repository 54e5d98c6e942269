using System.Net;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// On by default in Development, off by default elsewhere, and never reachable for a registered bot (an app id is
/// configured) unless Playground:Enabled is set to true. Off means every playground URL is a 404.
/// </summary>
public sealed class ThePlaygroundIsForLocalUseOnly
{
    private const string AppId = "00000000-0000-0000-0000-000000000001";

    [Fact]
    public async Task Development_without_an_app_id_serves_the_page_and_direct_line() =>
        await AssertReachableAsync("Development", new() { ["Playground:Enabled"] = null }, expected: true);

    [Fact]
    public async Task Production_does_not_by_default() =>
        await AssertReachableAsync("Production", new() { ["Playground:Enabled"] = null }, expected: false);

    [Fact]
    public async Task A_registered_bot_does_not_even_in_development() =>
        await AssertReachableAsync("Development", new() { ["Playground:Enabled"] = null, ["Bot:MicrosoftAppId"] = AppId, ["Bot:MicrosoftAppPassword"] = "secret" }, expected: false);

    [Fact]
    public async Task A_registered_bot_does_when_explicitly_enabled() =>
        await AssertReachableAsync("Production", new() { ["Playground:Enabled"] = "true", ["Bot:MicrosoftAppId"] = AppId, ["Bot:MicrosoftAppPassword"] = "secret" }, expected: true);

    [Fact]
    public async Task Enabled_false_turns_it_off_in_development() =>
        await AssertReachableAsync("Development", new() { ["Playground:Enabled"] = "false" }, expected: false);

    private static async Task AssertReachableAsync(string environment, Dictionary<string, string?> settings, bool expected)
    {
        await using var host = await PlaygroundHost.StartAsync(environment, settings);
        using var client = new DirectLineClient(host.BaseAddress);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var (start, _) = await client.StartAsync("sample-admin");
        var (poll, _) = await client.PollAsync("pg-any");
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(expected ? HttpStatusCode.Created : HttpStatusCode.NotFound, start);
        Assert.Equal(HttpStatusCode.NotFound, poll);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
