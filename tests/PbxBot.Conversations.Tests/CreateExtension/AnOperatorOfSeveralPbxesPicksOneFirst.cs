using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>"Sur quel 3CX ?" — asked only when the operator may run the wizard on several PBXes.</summary>
public sealed class AnOperatorOfSeveralPbxesPicksOneFirst : ConversationTest
{
    [Fact]
    public async Task TheChosenPbxsNumberingAndDepartmentsAreUsed()
    {
        var at = DateTimeOffset.UtcNow;
        AuditEntry Audit(string what) => new() { Id = Guid.NewGuid().ToString("N"), PbxId = "pbx-two", At = at, ActorId = "seed", ActorName = "seed", Action = "seed", Target = what };
        await Bot.Repository.SaveSettingsAsync(TestPbx.Settings with { Id = "pbx-two", DisplayName = "Garage Martin", DialPlan = DialPlan.Single(200, 299) }, null, Ct);
        await Bot.Repository.CreateDepartmentAsync(new Department { Key = "atelier", Name = "Atelier", IsDefault = true }, Audit("atelier"), Ct);
        await Bot.Repository.SaveGrantAsync(new Grant
        {
            PbxId = "pbx-two", UserId = TestPbx.Users.Admin.Id, DisplayName = TestPbx.Users.Admin.Name, Role = Role.SystemAdmins, GrantedBy = "seed", GrantedAt = at,
        }, null, Audit("grant"), Ct);
        var admin = Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("nouvelle extension");
        Assert.Contains("Sur quel 3CX ?", admin.LastCard!.Text);
        await admin.PressAsync("Garage Martin");

        Assert.Equal("200", admin.LastCard!.Value("number"));
        Assert.Contains("Garage Martin", admin.LastCard.Text);
        await admin.PressAsync(Wizards.Next, Wizards.Ada());
        Assert.Equal(["atelier"], admin.LastCard!.Choices("department").Select(c => c.Value));
    }
}
