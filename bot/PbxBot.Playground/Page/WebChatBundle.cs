using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PbxBot.Playground.Page;

/// <summary>
/// Where the page gets Web Chat: the copy fetched by <c>playground/fetch-webchat.sh</c> (never committed) when there is
/// one, else the official CDN. Looked up on each request, so fetching while the bot runs takes effect on reload.
/// </summary>
internal sealed class WebChatBundle(IOptions<PlaygroundOptions> options, IHostEnvironment environment)
{
    public const string LocalUrl = "/lib/webchat.js";

    /// <summary>The local file, or null when it was not fetched. A configured path is the only one looked at.</summary>
    public string? LocalFile()
    {
        string[] candidates = string.IsNullOrWhiteSpace(options.Value.WebChatScriptPath)
            ? [Path.Combine(environment.ContentRootPath, "wwwroot", "lib", "webchat.js"), Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "webchat.js")]
            : [options.Value.WebChatScriptPath];
        return candidates.FirstOrDefault(File.Exists);
    }

    public string ScriptUrl() => LocalFile() is null ? options.Value.WebChatCdnUrl : LocalUrl;
}
