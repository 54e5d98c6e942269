using System.Net;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// The page loads the Web Chat bundle fetched by fetch-webchat.sh from the bot itself (offline), and the official CDN
/// only when no bundle was fetched.
/// </summary>
public sealed class WebChatComesFromTheFetchedBundleOrTheCdn
{
    [Fact]
    public async Task A_fetched_bundle_is_served_by_the_bot_and_used_by_the_page()
    {
        var bundle = Path.Combine(Path.GetTempPath(), $"webchat-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(bundle, "window.WebChat = {};", TestContext.Current.CancellationToken);
        await using var host = await PlaygroundHost.StartAsync(settings: new() { ["Playground:WebChatScriptPath"] = bundle });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var script = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<script src=\"/lib/webchat.js\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("window.WebChat = {};", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        File.Delete(bundle);
    }

    [Fact]
    public async Task Without_a_bundle_the_page_loads_web_chat_from_the_official_cdn()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-webchat-{Guid.NewGuid():N}.js");
        await using var host = await PlaygroundHost.StartAsync(settings: new() { ["Playground:WebChatScriptPath"] = missing });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var script = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<script src=\"https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }
}
