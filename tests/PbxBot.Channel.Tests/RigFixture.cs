using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests;

/// <summary>One authenticated bot (authorities, fake Connector, host) shared by the tests of a class.</summary>
public sealed class RigFixture : IAsyncLifetime
{
    public BotFrameworkRig Rig { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Rig = await BotFrameworkRig.StartAsync();

    public async ValueTask DisposeAsync() => await Rig.DisposeAsync();
}
