using Microsoft.Playwright;
using PbxBot.Testing;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>
/// One bot with the playground and its sample data, and one headless Debian Chromium driven by Playwright, shared by
/// the browser tests (each test opens its own page, hence its own conversation). Playwright never downloads a browser.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private string? unavailable;

    public PlaygroundHost Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            unavailable = $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium)";
            return;
        }
        if (WebChatScript.Path is null)
        {
            unavailable = "Web Chat's bundle is missing and could not be fetched: run bot/PbxBot.Host/playground/fetch-webchat.sh (needs the npm registry)";
            return;
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Bot = await PlaygroundHost.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>Skips the test (fails it in CI) when Chromium or Web Chat is not there.</summary>
    public void RequireBrowser()
    {
        if (unavailable is not null)
        {
            Requires.Unavailable(unavailable);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
        if (unavailable is null)
        {
            await Bot.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Playground in Chromium";
}
