using PbxBot.Playground.SampleData;
using static Microsoft.Playwright.Assertions;

namespace PbxBot.Browser.Tests.Browser;

/// <summary>Seed 001 in Web Chat: a new department, reviewed and saved, then its office hours with an earlier Friday closing.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AnAdminCreatesADepartmentAndItsOfficeHoursInWebChat(ChromiumFixture fixture)
{
    [Fact]
    public async Task The_admin_creates_a_department_then_sets_its_office_hours()
    {
        fixture.RequireBrowser();
        var ct = TestContext.Current.CancellationToken;
        await using var chat = await WebChatPage.OpenAsync(fixture, nameof(AnAdminCreatesADepartmentAndItsOfficeHoursInWebChat), PlaygroundUsers.Admin.Id);
        await Expect(chat.Text("Bonjour")).ToBeVisibleAsync();

        await chat.SayAsync("nouveau département");
        await Expect(chat.Input("name")).ToBeVisibleAsync();
        await chat.Input("name").FillAsync("Comptabilité");
        await chat.ScreenshotAsync("department-card-filled");
        await chat.PressAsync("Suivant");

        await Expect(chat.Text("membres et rôles")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("department-members");
        await chat.PressAsync("Suivant");

        await Expect(chat.Button("Confirmer")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("department-review");
        await chat.PressAsync("Confirmer");
        await Expect(chat.Text("Département « Comptabilité » créé")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("department-created");

        await chat.SayAsync("horaires de bureau");
        await Expect(chat.Choice("department")).ToBeVisibleAsync();
        await chat.Choice("department").SelectOptionAsync("comptabilite");
        await chat.ScreenshotAsync("office-hours-department");
        await chat.PressAsync("Suivant");

        await Expect(chat.Input("friday.stop")).ToBeVisibleAsync();
        await chat.Input("friday.stop").FillAsync("17:00");
        await chat.ScreenshotAsync("office-hours-week");
        await chat.PressAsync("Suivant");

        await Expect(chat.Input("holidayName")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("office-hours-holidays");
        await chat.PressAsync("Suivant");

        await Expect(chat.Button("Confirmer")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("office-hours-review");
        await chat.PressAsync("Confirmer");

        await Expect(chat.Text("Horaires de « Comptabilité » enregistrés")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("office-hours-saved");
        var department = (await fixture.Bot.Repository.GetDepartmentAsync(SamplePbx.Id, "comptabilite", ct))!.Value;
        Assert.NotNull(department.OfficeHours);
        Assert.Contains(department.OfficeHours.Hours, p => p.DayOfWeek == DayOfWeek.Friday && p.Stop == new TimeOnly(17, 0));
    }
}
