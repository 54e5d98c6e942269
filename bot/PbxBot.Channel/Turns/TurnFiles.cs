using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Turns;

/// <summary>
/// The files of a message activity. Teams gives a file sent in a personal chat as
/// <c>application/vnd.microsoft.teams.file.download.info</c> whose content holds a pre-authenticated <c>downloadUrl</c>;
/// Web Chat, Direct Line and the Emulator give an uploaded file's <c>contentUrl</c>. Cards, Teams' <c>text/html</c>
/// copy of the message and inline data are not files.
/// </summary>
internal static class TurnFiles
{
    public const string TeamsDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static IReadOnlyList<TurnFile> Of(Activity activity)
    {
        if (activity.Attachments is not { Count: > 0 } attachments)
        {
            return [];
        }
        var files = new List<TurnFile>();
        foreach (var a in attachments)
        {
            if (a is null)
            {
                continue;
            }
            if (string.Equals(a.ContentType, TeamsDownloadInfo, StringComparison.OrdinalIgnoreCase))
            {
                var url = a.Content?["downloadUrl"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? a.Content["downloadUrl"]!.GetValue<string>() : null;
                if (Web(url) is { } download)
                {
                    files.Add(new TurnFile(a.Name ?? "file", a.ContentType, download, TurnFileSource.TeamsDownload));
                }
                continue;
            }
            if (a.ContentType?.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase) == true)
            {
                continue;
            }
            if (Web(a.ContentUrl) is { } content)
            {
                files.Add(new TurnFile(a.Name ?? content.Segments[^1], a.ContentType, content, TurnFileSource.ChannelUpload));
            }
        }
        return files;
    }

    // Only http(s): a data:, file: or other scheme is never fetched.
    private static Uri? Web(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}
