using System.Text.Json.Nodes;

namespace PbxBot.Testing.Channel;

/// <summary>
/// A bot with authentication on, as Azure Bot Service sees it: the Bot Framework and Entra OpenID authorities
/// (with test keys), a fake Connector that is also the token endpoint, and a <see cref="TestBotHost"/> configured
/// against them. Tokens are signed by the test with <see cref="ChannelKey"/> / <see cref="EntraKey"/>.
/// </summary>
public sealed class BotFrameworkRig : IAsyncDisposable
{
    public const string AppId = "9f1e6c3a-0000-4000-8000-00000000b07a";

    /// <summary>A recognisable secret: tests assert it never appears in a log.</summary>
    public const string AppPassword = "s3cret-app-password-never-logged";

    private BotFrameworkRig(TestSigningKey channelKey, TestSigningKey entraKey, OpenIdMetadataServer channelAuthority, OpenIdMetadataServer entraAuthority, FakeConnector connector, ScriptedBot bot)
    {
        ChannelKey = channelKey;
        EntraKey = entraKey;
        ChannelAuthority = channelAuthority;
        EntraAuthority = entraAuthority;
        Connector = connector;
        Bot = bot;
    }

    /// <summary>The Bot Framework's key, endorsed for msteams, emulator and webchat.</summary>
    public TestSigningKey ChannelKey { get; }

    public TestSigningKey EntraKey { get; }

    public OpenIdMetadataServer ChannelAuthority { get; }

    public OpenIdMetadataServer EntraAuthority { get; }

    public FakeConnector Connector { get; }

    public ScriptedBot Bot { get; }

    public TestBotHost Host { get; private set; } = null!;

    /// <param name="configure">More settings or services; runs after the rig's own settings, so it may override them.</param>
    /// <param name="bot">The bot; a <see cref="ScriptedBot"/> answering nothing by default.</param>
    public static Task<BotFrameworkRig> StartAsync(Action<TestBotHostBuilder>? configure = null, ScriptedBot? bot = null) =>
        StartAsync((host, _) => configure?.Invoke(host), bot);

    /// <summary>As the other overload, with the rig at hand (its Connector's URL, its authorities) to configure the host.</summary>
    public static async Task<BotFrameworkRig> StartAsync(Action<TestBotHostBuilder, BotFrameworkRig> configure, ScriptedBot? bot = null)
    {
        var channelKey = TestSigningKey.Create("msteams", "emulator", "webchat");
        var entraKey = TestSigningKey.Create();
        var rig = new BotFrameworkRig(
            channelKey,
            entraKey,
            await OpenIdMetadataServer.StartAsync(channelKey),
            await OpenIdMetadataServer.StartAsync(entraKey),
            await FakeConnector.StartAsync("amer"),
            bot ?? new ScriptedBot());
        rig.Host = await TestBotHost.StartAsync(host =>
        {
            host.Settings["Bot:MicrosoftAppId"] = AppId;
            host.Settings["Bot:MicrosoftAppPassword"] = AppPassword;
            host.Settings["Bot:ChannelOpenIdMetadataUrl"] = rig.ChannelAuthority.MetadataUrl;
            host.Settings["Bot:EntraOpenIdMetadataUrl"] = rig.EntraAuthority.MetadataUrl;
            host.Settings["Bot:TokenEndpoint"] = rig.Connector.TokenEndpoint;
            host.Settings["Bot:ConnectorRetryDelay"] = "00:00:00.010";
            host.UseBot(rig.Bot);
            configure(host, rig);
        });
        return rig;
    }

    /// <summary>A valid channel token for <paramref name="serviceUrl"/> (the fake Connector's by default).</summary>
    public string ChannelToken(string? serviceUrl = null) =>
        TokenForge.Sign(TokenForge.Channel(AppId, serviceUrl ?? Connector.ServiceUrl), ChannelKey);

    /// <summary>POSTs an activity with a valid channel token for its serviceUrl.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken cancellationToken = default) =>
        Host.PostActivityAsync(activity, ChannelToken(activity["serviceUrl"]?.GetValue<string>()), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await ChannelAuthority.DisposeAsync();
        await EntraAuthority.DisposeAsync();
        ChannelKey.Dispose();
        EntraKey.Dispose();
    }
}
