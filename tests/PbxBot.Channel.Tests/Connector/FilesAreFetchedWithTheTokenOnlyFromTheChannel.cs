using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Conversations;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Connector;

/// <summary>
/// A Teams download link is pre-authenticated and points at SharePoint: it is fetched without the bot's token. An
/// uploaded attachment on a trusted Connector gets the token (the Emulator and some channels ask for it). A link that
/// answers 403/404 is a clear "expired" error, never a crash.
/// </summary>
public sealed class FilesAreFetchedWithTheTokenOnlyFromTheChannel
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_teams_download_link_goes_without_the_token_and_an_upload_with_it()
    {
        await using var rig = await BotFrameworkRig.StartAsync((host, r) => host.Settings["Bot:TrustedServiceUrls:0"] = r.Connector.ServiceUrl);
        var files = rig.Host.Services.GetRequiredService<IFileDownloads>();
        var url = rig.Connector.ServeFile("Prénom;Nom\r\nAda;Lovelace\r\n"u8.ToArray());

        await using (var teams = await files.OpenAsync(new TurnFile("a.csv", null, url, TurnFileSource.TeamsDownload), Ct))
        {
            Assert.Equal("Prénom;Nom\r\nAda;Lovelace\r\n", await new StreamReader(teams).ReadToEndAsync(Ct));
        }
        await using (var upload = await files.OpenAsync(new TurnFile("a.csv", null, url, TurnFileSource.ChannelUpload), Ct))
        {
            await upload.CopyToAsync(Stream.Null, Ct);
        }

        Assert.Null(rig.Connector.FileDownloads[0].Authorization);
        Assert.StartsWith("Bearer token-", rig.Connector.FileDownloads[1].Authorization);
    }

    [Fact]
    public async Task An_expired_link_is_a_file_unavailable_error()
    {
        await using var rig = await BotFrameworkRig.StartAsync();
        var files = rig.Host.Services.GetRequiredService<IFileDownloads>();
        var url = rig.Connector.ServeFile([], status: 403);

        var error = await Assert.ThrowsAsync<FileUnavailableException>(() =>
            files.OpenAsync(new TurnFile("a.csv", null, url, TurnFileSource.TeamsDownload), Ct));

        Assert.Contains("expired", error.Message);
    }
}
