namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>One bot with the playground on and its sample data, shared by the Direct Line protocol tests (each test opens its own conversations).</summary>
public sealed class DirectLineHostFixture : IAsyncLifetime
{
    public PlaygroundHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await PlaygroundHost.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    public DirectLineClient Client() => new(Host.BaseAddress);
}

[CollectionDefinition(Name)]
public sealed class DirectLineCollection : ICollectionFixture<DirectLineHostFixture>
{
    public const string Name = "Direct Line";
}
