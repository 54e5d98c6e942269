using System.Diagnostics;

namespace PbxBot.Browser.Tests;

/// <summary>
/// The Web Chat bundle the playground serves in tests: the repository's fetched copy, fetched now with
/// <c>bot/PbxBot.Host/playground/fetch-webchat.sh</c> (npm pack, about a second) when it is missing. Tests never use the CDN.
/// </summary>
internal static class WebChatScript
{
    private static readonly Lazy<string?> Fetched = new(Fetch);

    public static string? Path => Fetched.Value;

    private static string? Fetch()
    {
        if (RepositoryFolders.Root is not { } root)
        {
            return null;
        }
        var file = System.IO.Path.Combine(root, "bot", "PbxBot.Host", "wwwroot", "lib", "webchat.js");
        var script = System.IO.Path.Combine(root, "bot", "PbxBot.Host", "playground", "fetch-webchat.sh");
        if (!File.Exists(file) && File.Exists(script))
        {
            using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is not null && !process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return File.Exists(file) ? file : null;
    }
}
