using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.OfficeHours;

/// <summary>System admins edit any department's hours, a department admin only theirs; a change by someone else meanwhile is never overwritten.</summary>
public sealed class OnlyTheirDepartmentsHoursAreEditable : ConversationTest
{
    [Fact]
    public async Task ADepartmentAdminGoesStraightToTheirOnlyDepartment()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        await supportAdmin.SayAsync("horaires");

        Assert.Contains("Horaires de bureau — Support", supportAdmin.LastCard!.Text);
    }

    [Fact]
    public async Task ADepartmentAdminAskingForAnotherDepartmentIsToldTheyCannot()
    {
        var supportAdmin = Bot.User(TestPbx.Users.SupportAdmin);

        var turn = await supportAdmin.SayAsync("horaires des ventes");

        var card = Assert.Single(turn.Cards);
        Assert.DoesNotContain("Horaires de bureau — Support", card.Text);
        Assert.Contains("Ventes", card.Text);
        Assert.DoesNotContain("monday.open", card.Inputs.Keys);
    }

    [Fact]
    public async Task AForgedDepartmentIsRefused()
    {
        var owner = Bot.User(TestPbx.Users.Owner);
        await owner.SayAsync("horaires");

        await owner.PressAsync(Wizards.Next, new Dictionary<string, string> { ["department"] = "compta" });

        Assert.NotNull(owner.LastCard!.ErrorFor("department"));
    }

    [Theory]
    [InlineData("helpdesk")]
    [InlineData("manager")]
    public async Task HelpdeskAndManagersCannotEditOfficeHours(string who)
    {
        var user = Bot.User(who == "helpdesk" ? TestPbx.Users.Helpdesk : TestPbx.Users.Manager);

        var turn = await user.SayAsync("horaires du support");

        Assert.Contains(turn.Texts, t => t.Contains("Vous n'avez pas les droits pour « Horaires de bureau »", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HoursChangedByAColleagueMeanwhileAreShownFreshInsteadOfOverwritten()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        await admin.ToScheduleAsync();
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.start"] = "08:00" });
        await admin.PressAsync(Wizards.Next);
        var colleague = Bot.User(TestPbx.Users.SupportAdmin);
        await colleague.ToScheduleAsync();
        await colleague.PressAsync(Wizards.Next, new Dictionary<string, string> { ["monday.start"] = "10:00" });
        await colleague.PressAsync(Wizards.Next);
        await colleague.PressAsync(Wizards.Confirm);

        await admin.PressAsync(Wizards.Confirm);

        Assert.Contains("modifiés par quelqu'un d'autre", admin.LastCard!.ErrorFor("_form"));
        Assert.Equal("10:00", admin.LastCard.Value("monday.start"));
        var hours = (await Bot.Repository.GetDepartmentAsync(TestPbx.Id, TestPbx.Support, Ct))!.Value.OfficeHours!;
        Assert.Contains(new Period(DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(18, 0)), hours.Hours);
    }
}
