using System.Text.Json.Nodes;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Turns;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Protocol;

/// <summary>
/// A file in Teams arrives as <c>application/vnd.microsoft.teams.file.download.info</c> with a pre-authenticated
/// <c>downloadUrl</c>; in Web Chat, Direct Line and the Emulator as an attachment with a <c>contentUrl</c>. Both become
/// the turn's files, a message with only a file is a turn, and cards, inline HTML or non-web URLs never are files.
/// </summary>
public sealed class FilesSentWithAMessageAreTurnFiles
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static TurnMapping Map(JsonObject activity) =>
        TurnMapper.Map(TestActivities.Parse(activity));

    private static JsonObject WithAttachments(params JsonObject[] attachments)
    {
        var activity = TestActivities.Message(ServiceUrl, "ignored");
        activity.Remove("text");
        activity["attachments"] = new JsonArray(attachments);
        return activity;
    }

    [Fact]
    public void A_teams_file_is_its_download_url_without_the_bots_token()
    {
        var mapping = Map(WithAttachments(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = "équipe.csv",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/alice/Documents/équipe.csv",
            ["content"] = new JsonObject { ["downloadUrl"] = "https://contoso.sharepoint.com/download?token=abc", ["uniqueId"] = "1", ["fileType"] = "csv" },
        }));

        Assert.Equal(TurnMappingOutcome.Turn, mapping.Outcome);
        var file = Assert.Single(mapping.Turn!.Files);
        Assert.Equal(new TurnFile("équipe.csv", "application/vnd.microsoft.teams.file.download.info", new Uri("https://contoso.sharepoint.com/download?token=abc"), TurnFileSource.TeamsDownload), file);
        Assert.Null(mapping.Turn.Text);
    }

    [Fact]
    public void An_uploaded_attachment_is_its_content_url()
    {
        var file = Assert.Single(Map(WithAttachments(new JsonObject { ["contentType"] = "text/csv", ["name"] = "team.csv", ["contentUrl"] = "https://directline.botframework.com/attachments/42" })).Turn!.Files);

        Assert.Equal(TurnFileSource.ChannelUpload, file.Source);
        Assert.Equal("team.csv", file.Name);
        Assert.Equal("https://directline.botframework.com/attachments/42", file.Url.AbsoluteUri);
    }

    [Fact]
    public void Cards_inline_html_and_other_schemes_are_not_files()
    {
        var mapping = Map(WithAttachments(
            new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = new JsonObject { ["type"] = "AdaptiveCard" } },
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>bonjour</p>" },
            new JsonObject { ["contentType"] = "text/csv", ["name"] = "local.csv", ["contentUrl"] = "file:///etc/passwd" },
            new JsonObject { ["contentType"] = "text/csv", ["name"] = "inline.csv", ["contentUrl"] = "data:text/csv;base64,QQ==" }));

        Assert.Equal(TurnMappingOutcome.Ignored, mapping.Outcome);
    }

    [Fact]
    public void Text_and_a_file_keep_both()
    {
        var activity = WithAttachments(new JsonObject { ["contentType"] = "text/csv", ["name"] = "a.csv", ["contentUrl"] = "https://example.org/a.csv" });
        activity["text"] = "voici le fichier";

        var turn = Map(activity).Turn!;

        Assert.Equal("voici le fichier", turn.Text);
        Assert.Single(turn.Files);
    }
}
