using System.Net;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// On by default in Development, off by default elsewhere, and never reachable for a registered bot (an app id is
/// configured) unless Playground:Enabled is set to true. Off means every playground URL is a 404 — and so is every
/// playground URL asked by a client that is not on this machine, unless Playground:AllowRemoteClients is set.
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

    [Fact]
    public async Task A_browser_on_another_machine_gets_a_404_even_in_development()
    {
        var address = OtherInterfaceAddress();
        await AssertReachableAsync("Development", new() { ["Playground:Enabled"] = null }, expected: false, listenOn: address);
    }

    [Fact]
    public async Task A_request_relayed_by_a_proxy_counts_as_remote() =>
        await AssertReachableAsync("Development", new() { ["Playground:Enabled"] = null }, expected: false, forwardedFor: "203.0.113.7");

    [Fact]
    public async Task AllowRemoteClients_opens_it_to_other_machines()
    {
        var address = OtherInterfaceAddress();
        await AssertReachableAsync("Development", new() { ["Playground:Enabled"] = null, ["Playground:AllowRemoteClients"] = "true" }, expected: true, listenOn: address);
    }

    /// <summary>An IPv4 address of this machine that is not loopback: connecting to it makes this test a remote client.</summary>
    private static string OtherInterfaceAddress()
    {
        var address = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        PbxBot.Testing.Requires.That(address is not null, "this machine has no IPv4 interface besides loopback");
        return address!.ToString();
    }

    private static async Task AssertReachableAsync(string environment, Dictionary<string, string?> settings, bool expected,
        string listenOn = "127.0.0.1", string? forwardedFor = null)
    {
        await using var host = await PlaygroundHost.StartAsync(environment, settings, listenOn: listenOn);
        using var client = new DirectLineClient(host.BaseAddress, forwardedFor);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        if (forwardedFor is not null)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

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
