using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.OfficeHours;

/// <summary>Seed 001: "supprimer les jours non travaillés comme le week-end" — one button, what was typed on weekdays kept.</summary>
public sealed class WeekendsAreDroppedInOneClick : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task SaturdayAndSundayCloseAndTheWeekdaysStayAsTyped(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        await admin.ToScheduleAsync();

        await admin.PressAsync("Supprimer le week-end", new Dictionary<string, string>
        {
            ["saturday.open"] = "true", ["saturday.start"] = "09:00", ["saturday.stop"] = "12:00",
            ["sunday.open"] = "true", ["sunday.start"] = "10:00", ["sunday.stop"] = "11:00",
            ["thursday.stop"] = "19:00",
        });

        var card = admin.LastCard!;
        Assert.Equal("false", card.Value("saturday.open"));
        Assert.Equal("false", card.Value("sunday.open"));
        Assert.Equal("19:00", card.Value("thursday.stop"));
        Assert.True(card.HasButton(Wizards.Next));
        await admin.PressAsync(Wizards.Next);
        await admin.PressAsync(Wizards.Next);
        Assert.Contains("Samedi: fermé", admin.LastCard!.Text);
        Assert.Contains("Dimanche: fermé", admin.LastCard.Text);
    }
}
