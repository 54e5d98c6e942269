using PbxBot.Domain;
using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>
/// Issue 14 in the official Web Chat client: the admin opens an extension prefilled with today's values, changes the
/// mobile, sees only that on the review and confirms; then deletes a leaver, typing the number to confirm.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AnAdminEditsThenDeletesAnExtensionInWebChat(ChromiumFixture fixture)
{
    [Fact]
    public async Task The_admin_edits_an_extension_then_deletes_a_leaver()
    {
        fixture.RequireBrowser();
        var ct = TestContext.Current.CancellationToken;
        await fixture.Bot.Repository.CreateExtensionAsync(
            new Extension { Number = "150", FirstName = "Jean", LastName = "Départ", Department = SamplePbx.Support, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "test" },
            new AuditEntry { Id = Guid.NewGuid().ToString("N"), PbxId = SamplePbx.Id, At = DateTimeOffset.UtcNow, ActorId = "test", ActorName = "test", Action = "seed", Target = "extension:150" },
            [], null, ct);
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(AnAdminEditsThenDeletesAnExtensionInWebChat), PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("Bonjour")).ToBeVisibleAsync();

        await chat.SayAsync("modifier l'extension 101");
        await Expect(chat.Input("lastName")).ToHaveValueAsync("Curie");
        await chat.Input("mobile").FillAsync("06 11 22 33 44");
        await chat.ScreenshotAsync("edit-prefilled");
        await chat.PressAsync("Suivant");

        await Expect(chat.Text("+33611223344")).ToBeVisibleAsync();
        await Expect(chat.Button("Confirmer")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("edit-review");
        await chat.PressAsync("Confirmer");
        await Expect(chat.Text("Extension 101 modifiée")).ToBeVisibleAsync();
        Assert.Equal("+33611223344", (await fixture.Bot.Repository.GetExtensionAsync(SamplePbx.Id, "101", ct))!.Value.Mobile);

        await chat.SayAsync("supprimer l'extension 150");
        await Expect(chat.Input("typedNumber")).ToBeVisibleAsync();
        await chat.Input("typedNumber").FillAsync("150");
        await chat.ScreenshotAsync("delete-confirm");
        await chat.PressAsync("Supprimer définitivement");

        await Expect(chat.Text("Extension 150 supprimée")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("deleted");
        Assert.Null(await fixture.Bot.Repository.GetExtensionAsync(SamplePbx.Id, "150", ct));
    }
}
