using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateDepartment;

/// <summary>Seed 001: "Laissez les paramètres de directives vocales en français", "Pas de transcription" by default.</summary>
public sealed class VoicePromptsAreFrenchByDefault : ConversationTest
{
    [Fact]
    public async Task TheSettingsCardStartsInFrenchWithoutTranscriptionAndNotVisible()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("nouveau département");
        var card = admin.LastCard!;

        Assert.Equal("fr", card.Value("language"));
        Assert.Equal("Nothing", card.Value("transcription"));
        Assert.Equal("false", card.Value("visible"));
        Assert.Contains("Laissez en français sauf besoin spécifique.", card.Text);
    }

    [Fact]
    public async Task KeptAsProposedTheDepartmentIsSavedThatWay()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToMembersAsync("Comptabilité");
        await admin.PressAsync(Wizards.Next);
        Assert.Contains("Langue des messages vocaux: Français", admin.LastCard!.Text);
        Assert.Contains("Transcription: Pas de transcription", admin.LastCard.Text);
        await admin.PressAsync(Wizards.Confirm);

        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "comptabilite", Ct))!.Value;
        Assert.Equal("fr", saved.Language);
        Assert.Equal(TranscriptionMode.Nothing, saved.TranscriptionMode);
        Assert.False(saved.GloballyVisible);
    }

    [Fact]
    public async Task AnotherLanguageAndTranscriptionCanBeChosen()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("créer un département");
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "UK desk", ["language"] = "en-GB", ["transcription"] = "Voicemail" });
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Confirm);

        var saved = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, "uk-desk", Ct))?.Value
            ?? (await Bot.Repository.ListDepartmentsAsync(TestPbx.Id, Ct)).Single(d => d.Name == "UK desk");
        Assert.Equal("en-GB", saved.Language);
        Assert.Equal(TranscriptionMode.Voicemail, saved.TranscriptionMode);
    }

    [Fact]
    public async Task AForgedLanguageIsRefused()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.SayAsync("créer un département");

        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["name"] = "Klingon", ["language"] = "tlh" });

        Assert.Contains("tlh", admin.LastCard!.ErrorFor("language"));
    }
}
