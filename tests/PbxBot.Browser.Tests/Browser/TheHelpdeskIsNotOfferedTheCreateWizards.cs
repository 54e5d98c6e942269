using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>The helpdesk operator's help card offers the welcome e-mail resend only, and asking for a create wizard is refused.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class TheHelpdeskIsNotOfferedTheCreateWizards(ChromiumFixture fixture)
{
    [Fact]
    public async Task The_help_card_offers_only_the_resend_and_a_new_extension_is_refused()
    {
        fixture.RequireBrowser();
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(TheHelpdeskIsNotOfferedTheCreateWizards), PlaygroundUsers.Helpdesk.Id);

        await Expect(chat.Text("e-mail de bienvenue")).ToBeVisibleAsync();
        await Expect(chat.ExactText("Créer une extension")).ToHaveCountAsync(0);
        await Expect(chat.ExactText("Créer un département")).ToHaveCountAsync(0);
        await Expect(chat.ExactText("Horaires de bureau")).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("helpdesk-help-card");

        await chat.SayAsync("nouvelle extension");
        await Expect(chat.Text("pas les droits pour « Créer une extension »")).ToBeVisibleAsync();
        await Expect(chat.Page.Locator("[id='number']")).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("new-extension-refused");
    }
}
