using Microsoft.Extensions.Options;

namespace PbxBot.Playground;

/// <summary>The <c>Playground</c> configuration section.</summary>
public sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>
    /// The page at <c>/</c> and the Direct Line endpoints. Unset: on in Development when no <c>Bot:MicrosoftAppId</c>
    /// is configured, off otherwise. A registered bot gets the playground only with an explicit <c>true</c>.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Answer browsers on other machines too. Off by default: the playground answers only loopback clients, since
    /// whoever uses it can act as any sample user.
    /// </summary>
    public bool AllowRemoteClients { get; set; }

    /// <summary>Seed the sample PBX and its users into an empty SQLite store. Unset: whenever the playground is on.</summary>
    public bool? SampleData { get; set; }

    /// <summary>Where the page loads Web Chat when <c>wwwroot/lib/webchat.js</c> was not fetched.</summary>
    public string WebChatCdnUrl { get; set; } = "https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js";

    /// <summary>A local copy of Web Chat's <c>dist/webchat.js</c> (the only place looked at when set); unset: <c>wwwroot/lib/webchat.js</c> of the content root or the app folder.</summary>
    public string? WebChatScriptPath { get; set; }

    /// <summary>Conversations kept in memory; the least recently used one is forgotten beyond this.</summary>
    public int MaxConversations { get; set; } = 200;

    /// <summary>Activities kept per conversation (user messages, bot messages and card updates).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 5000;
}

internal sealed class PlaygroundOptionsValidator : IValidateOptions<PlaygroundOptions>
{
    public ValidateOptionsResult Validate(string? name, PlaygroundOptions options)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(options.WebChatCdnUrl, UriKind.Absolute, out var cdn) || cdn.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Playground:WebChatCdnUrl must be an absolute https URL.");
        }
        if (options.MaxConversations is < 1 or > 100_000)
        {
            errors.Add("Playground:MaxConversations must be between 1 and 100000.");
        }
        if (options.MaxActivitiesPerConversation is < 10 or > 1_000_000)
        {
            errors.Add("Playground:MaxActivitiesPerConversation must be between 10 and 1000000.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
