using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>The page's locale switch is the Teams locale: the bot and Web Chat answer in English after switching to en-US.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class TheLocaleSwitchChangesTheBotsLanguage(ChromiumFixture fixture)
{
    [Fact]
    public async Task Switching_to_english_gets_an_english_wizard()
    {
        fixture.RequireBrowser();
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(TheLocaleSwitchChangesTheBotsLanguage), PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("Bonjour")).ToBeVisibleAsync();

        await chat.Page.Locator("#locale").SelectOptionAsync("en-US");
        await chat.SayAsync("new extension");

        await Expect(chat.Button("Next")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("english-extension-card");
    }
}
