using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>
/// The playground page in its own browser context, used as a person does: type in Web Chat's send box, fill the card's
/// inputs (each sits in a wrapper whose id is the card input's id), press its buttons by name, read what appears.
/// Every step can be saved as a screenshot under TestResults/screenshots/{test}/.
/// </summary>
public sealed class WebChatPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string screenshots;
    private readonly List<string> consoleErrors = [];
    private int step;

    private WebChatPage(IBrowserContext context, IPage page, string screenshots)
    {
        this.context = context;
        Page = page;
        this.screenshots = screenshots;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors of the page, for failure messages.</summary>
    public IReadOnlyList<string> ConsoleErrors => consoleErrors;

    /// <summary>Opens the page as <paramref name="userId"/>; only the bot's own origin is reachable (no CDN, no network).</summary>
    public static async Task<WebChatPage> OpenAsync(ChromiumFixture fixture, string test, string userId, string locale = "fr-FR")
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1000, Height = 1200 },
            Locale = locale,
        });
        var origin = fixture.Bot.BaseAddress.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith(origin, StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        var folder = Path.Combine(RepositoryFolders.Screenshots, test);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        var chat = new WebChatPage(context, page, folder);
        await page.GotoAsync(new Uri(fixture.Bot.BaseAddress, $"?user={Uri.EscapeDataString(userId)}&locale={locale}&poll=250").ToString());
        await Expect(chat.SendBox).ToBeVisibleAsync();
        return chat;
    }

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>The text box (or time, date…) of the card input <paramref name="id"/>.</summary>
    public ILocator Input(string id) => Page.Locator($"[id='{id}'] input");

    /// <summary>The drop-down of the card choice set <paramref name="id"/>.</summary>
    public ILocator Choice(string id) => Page.Locator($"[id='{id}'] select");

    /// <summary>A card button, by its title (the newest card's when several show it).</summary>
    public ILocator Button(string title) => Page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last;

    /// <summary>
    /// The first visible element showing <paramref name="fragment"/> (Web Chat repeats texts in hidden screen-reader
    /// labels). Web Chat's Markdown turns ' into ’: leave apostrophes out of fragments.
    /// </summary>
    public ILocator Text(string fragment) => Page.GetByText(fragment, new() { Exact = false }).Filter(new() { Visible = true }).First;

    /// <summary>Every element whose whole text is <paramref name="text"/>, visible or not: for what must not be offered at all.</summary>
    public ILocator ExactText(string text) => Page.GetByText(text, new() { Exact = true });

    public async Task SayAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        // The message shows as sent (Web Chat saw its echo), not "Send failed".
        await Expect(Page.Locator(".webchat__bubble--from-user").Filter(new() { HasTextRegex = new Regex(Regex.Escape(text)) }).Last).ToBeVisibleAsync();
    }

    public async Task PressAsync(string title) => await Button(title).ClickAsync();

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{++step:D2}-{name}.png") });

    /// <summary>Saves the page as it was left (the last step, or where a failing test stopped), then closes it.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await ScreenshotAsync("final");
            if (consoleErrors.Count > 0)
            {
                await File.WriteAllLinesAsync(Path.Combine(screenshots, "console-errors.txt"), consoleErrors);
            }
        }
        catch (PlaywrightException)
        {
            // A crashed page has no picture to give; closing it still matters.
        }
        await context.CloseAsync();
    }
}
