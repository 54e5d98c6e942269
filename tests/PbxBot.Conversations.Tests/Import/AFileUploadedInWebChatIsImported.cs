using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;

namespace PbxBot.Conversations.Tests.Import;

/// <summary>
/// Web Chat sends a file as Direct Line's upload (multipart: the activity and the file); the playground keeps the
/// file and the bot fetches it from its <c>contentUrl</c>, as from Direct Line itself, then answers with the preview.
/// </summary>
public sealed class AFileUploadedInWebChatIsImported : ConversationTest
{
    protected override Task<PbxBotUnderTest> StartBotAsync() =>
        PbxBotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Playground:Enabled"] = "true" }, environment: "Development");

    [Fact]
    public async Task TheUploadedCsvIsPreviewed()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Bot.BaseAddress, "v3/directline/") };
        using var start = await http.PostAsync("conversations",
            new StringContent(new JsonObject { ["user"] = new JsonObject { ["id"] = TestPbx.Users.Admin.Id }, ["locale"] = "fr-FR" }.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        var started = JsonNode.Parse(await start.Content.ReadAsStringAsync(Ct))!;
        var conversationId = started["conversationId"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", started["token"]!.GetValue<string>());

        // What DirectLineJS posts: the activity without the attachments' blob URLs, then one part per file.
        using var form = new MultipartFormDataContent();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = TestPbx.Users.Admin.Id, ["role"] = "user" },
            ["locale"] = "fr-FR",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/csv", ["name"] = "équipe.csv" }),
            ["channelData"] = new JsonObject { ["clientActivityID"] = "upload-1" },
        };
        var activityPart = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var file = new ByteArrayContent(ImportFiles.Mixed());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "équipe.csv");
        using var upload = await http.PostAsync($"conversations/{conversationId}/upload?userId={TestPbx.Users.Admin.Id}", form, Ct);
        Assert.Equal(200, (int)upload.StatusCode);

        JsonObject? preview = null;
        await Eventually.TrueAsync(async () =>
        {
            var activities = JsonNode.Parse(await http.GetStringAsync($"conversations/{conversationId}/activities", Ct))!["activities"]!.AsArray();
            preview = activities.Select(a => a!["attachments"]?[0]?["content"] as JsonObject)
                .LastOrDefault(c => c is not null && new CardView("card", c).Text.Contains("Aperçu de l'import", StringComparison.Ordinal));
            return preview is not null;
        }, "the preview card", Ct);
        var card = new CardView("preview", preview!);
        Assert.Contains("Ligne 4 · 112 · Victor Hugo", card.Text);
        Assert.True(card.HasButton("Créer 3 extensions"));
    }
}
