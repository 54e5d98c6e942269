using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests;

/// <summary>A test class that talks to its own bot (a fresh store, the test PBX seeded) over the real HTTP endpoint.</summary>
public abstract class ConversationTest : IAsyncLifetime
{
    protected PbxBotUnderTest Bot { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected virtual Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync();

    public async ValueTask InitializeAsync() => Bot = await StartBotAsync();

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The same operator on the Teams path (Action.Execute) and on the Web Chat path (Action.Submit).</summary>
    protected ChatUser Operator((string Id, string Name) who, string client, string locale = "fr-FR") =>
        client == Clients.WebChat ? Bot.WebChatUser(who, locale) : Bot.User(who, locale);
}

/// <summary>The two clients every wizard is played on.</summary>
public static class Clients
{
    public const string Teams = "teams";
    public const string WebChat = "webchat";

    public static TheoryData<string> Both => new(Teams, WebChat);
}
