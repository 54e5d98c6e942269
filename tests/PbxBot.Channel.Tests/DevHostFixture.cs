using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests;

/// <summary>A host without app id (authentication off) and a fake Connector: the endpoint's own behaviour, no tokens.</summary>
public sealed class DevHostFixture : IAsyncLifetime
{
    public ScriptedBot Bot { get; } = new();

    public FakeConnector Connector { get; private set; } = null!;

    public TestBotHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Host = await TestBotHost.StartAsync(h => h.UseBot(Bot));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
