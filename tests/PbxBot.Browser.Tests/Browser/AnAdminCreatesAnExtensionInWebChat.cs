using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>
/// Seed 000 in the official Web Chat client: the admin asks for a new extension, fills the card, is told next to the
/// number that 112 is an emergency number, corrects it, confirms the review and sees the extension created — the card
/// replaced in place at each step, as in Teams.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AnAdminCreatesAnExtensionInWebChat(ChromiumFixture fixture)
{
    [Fact]
    public async Task The_admin_corrects_an_emergency_number_then_confirms_and_sees_the_extension_created()
    {
        fixture.RequireBrowser();
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(AnAdminCreatesAnExtensionInWebChat), PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("Bonjour")).ToBeVisibleAsync();
        // What the helpdesk is not offered (TheHelpdeskIsNotOfferedTheCreateWizards), the admin is.
        await Expect(chat.ExactText("Créer une extension").First).ToBeVisibleAsync();
        await chat.ScreenshotAsync("greeting-and-help");

        await chat.SayAsync("nouvelle extension");
        await Expect(chat.Input("number")).ToBeVisibleAsync();
        var proposed = await chat.Input("number").InputValueAsync();
        Assert.Matches("^[1-8][0-9]{2}$", proposed);
        await chat.ScreenshotAsync("extension-card");

        await chat.Input("number").FillAsync("112");
        await chat.Input("firstName").FillAsync("Ada");
        await chat.Input("lastName").FillAsync("Lovelace");
        await chat.Input("email").FillAsync("ada.lovelace@exemple.invalid");
        await chat.Input("mobile").FillAsync("06 12 34 56 78");
        await chat.ScreenshotAsync("extension-card-filled");
        await chat.PressAsync("Suivant");

        await Expect(chat.Text("Le 112 est un numéro")).ToBeVisibleAsync();
        await Expect(chat.Text($"Prochain numéro libre : {proposed}")).ToBeVisibleAsync();
        // The card was replaced where it stood, keeping what was typed: one number field on the page.
        await Expect(chat.Page.Locator("[id='number']")).ToHaveCountAsync(1);
        await Expect(chat.Input("lastName")).ToHaveValueAsync("Lovelace");
        await chat.ScreenshotAsync("emergency-number-refused");

        await chat.Input("number").FillAsync(proposed);
        await chat.PressAsync("Suivant");
        await Expect(chat.Choice("department")).ToBeVisibleAsync();
        await chat.Choice("did").SelectOptionAsync(SamplePbx.Dids[0]);
        await chat.ScreenshotAsync("department-role-and-did");
        await chat.PressAsync("Suivant");

        await Expect(chat.Button("Confirmer")).ToBeVisibleAsync();
        await Expect(chat.Text("+33612345678")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("review");
        Assert.Null(await fixture.Bot.Repository.GetExtensionAsync(SamplePbx.Id, proposed, TestContext.Current.CancellationToken));
        await chat.PressAsync("Confirmer");

        await Expect(chat.Text($"Extension {proposed} créée")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("confirmation");
        var saved = await fixture.Bot.Repository.GetExtensionAsync(SamplePbx.Id, proposed, TestContext.Current.CancellationToken);
        Assert.NotNull(saved);
        Assert.Equal("Lovelace", saved.Value.LastName);
        Assert.Equal(SamplePbx.Dids[0], saved.Value.Did);
    }
}
