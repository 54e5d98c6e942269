using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>
/// The user picker switches who is chatting; coming back to someone resumes their chat (Direct Line reconnect), so what
/// the bot told them meanwhile — an approval waiting, an outcome — is there, as in their Teams chat.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SwitchingBackToAUserResumesTheirChat(ChromiumFixture fixture)
{
    [Fact]
    public async Task The_admins_chat_is_back_after_trying_the_manager()
    {
        fixture.RequireBrowser();
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(SwitchingBackToAUserResumesTheirChat), PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("Bonjour")).ToBeVisibleAsync();
        await chat.SayAsync("mes demandes en attente");

        await chat.Page.Locator("#user").SelectOptionAsync(PlaygroundUsers.Manager.Id);
        await Expect(chat.Text("Demander une extension")).ToBeVisibleAsync();
        await Expect(chat.Text("mes demandes en attente")).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("manager-chat");

        await chat.Page.Locator("#user").SelectOptionAsync(PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("mes demandes en attente")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("admin-chat-resumed");
    }
}
