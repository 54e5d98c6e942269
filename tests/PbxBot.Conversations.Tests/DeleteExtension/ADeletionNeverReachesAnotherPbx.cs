using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.DeleteExtension;

/// <summary>
/// An admin deletes on their own PBX only: an extension of another PBX is not found, and a delete card whose data is
/// rewritten to name that PBX and its extension deletes nothing — the wizard's PBX and extension live on the server,
/// and the number typed must be the one reviewed.
/// </summary>
public sealed class ADeletionNeverReachesAnotherPbx : ConversationTest
{
    private const string OtherPbx = "pbx-other";

    [Fact]
    public async Task ItsExtensionsAreNotFoundAndAForgedCardDeletesNothing()
    {
        await SeedOtherPbxAsync();
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("supprimer l'extension 200");
        Assert.False(admin.LastCard!.HasButton("Supprimer définitivement"), admin.LastCard.Text);
        Assert.Contains("200", admin.LastCard.Text);

        await admin.SayAsync("annuler");
        await admin.SayAsync("supprimer l'extension 102");
        var confirm = admin.LastCard!;
        var forged = new CardView(confirm.ActivityId, JsonNode.Parse(confirm.Json.ToJsonString().Replace(TestPbx.Id, OtherPbx, StringComparison.Ordinal))!.AsObject());
        await admin.PressAsync("Supprimer définitivement", new Dictionary<string, string> { ["typedNumber"] = "200", ["pbx"] = OtherPbx }, card: forged);

        Assert.NotNull(admin.LastCard!.ErrorFor("typedNumber"));
        Assert.NotNull(await Bot.Repository.GetExtensionAsync(OtherPbx, "200", Ct));
        Assert.NotNull(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", Ct));
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(TestPbx.Id, 50, Ct), a => a.Action == "extension.deleted");
        Assert.DoesNotContain(await Bot.Repository.ListAuditAsync(OtherPbx, 50, Ct), a => a.Action == "extension.deleted");
    }

    private async Task SeedOtherPbxAsync()
    {
        AuditEntry Audit(string target) => new()
        {
            Id = Guid.NewGuid().ToString("N"), PbxId = OtherPbx, At = DateTimeOffset.UtcNow, ActorId = "test", ActorName = "test", Action = "seed", Target = target,
        };
        await Bot.Repository.SaveSettingsAsync(TestPbx.Settings with { Id = OtherPbx, DisplayName = "Autre cabinet", DialPlan = DialPlan.Single(200, 299) }, null, Ct);
        await Bot.Repository.CreateDepartmentAsync(new Department { Key = TestPbx.General, Name = "Général", IsDefault = true }, Audit("general"), Ct);
        await Bot.Repository.CreateExtensionAsync(
            new Extension { Number = "200", FirstName = "Autre", LastName = "Personne", Department = TestPbx.General, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "test" },
            Audit("extension:200"), [], null, Ct);
    }
}
