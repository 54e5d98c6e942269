using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Conversations;
using PbxBot.Playground.DirectLine;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// A Teams user has one personal chat; a playground user has one per page load. What the bot sends on its own (an
/// approval to an admin, an outcome to a manager) goes to the chat the user used last, through the same messenger.
/// </summary>
[Collection(DirectLineCollection.Name)]
public sealed class MessagesOnTheBotsInitiativeReachTheUsersLatestChat(DirectLineHostFixture fixture)
{
    [Fact]
    public async Task A_proactive_message_to_an_older_chat_shows_in_the_newest_one()
    {
        using var older = fixture.Client();
        using var newer = fixture.Client();
        await older.StartAsync(PlaygroundUsers.Owner.Id);
        await older.PollAsync();
        await newer.StartAsync(PlaygroundUsers.Owner.Id);
        await newer.PollAsync();
        await newer.SayAsync("aide", "c-1");
        await newer.PollAsync();
        var messenger = fixture.Host.Services.GetRequiredService<IProactiveMessenger>();

        await messenger.SendAsync(Reference(older.ConversationId!, PlaygroundUsers.Owner.Id), Reply.Of("Une demande attend votre approbation."), TestContext.Current.CancellationToken);

        var (_, toNewer) = await newer.PollAsync();
        var (_, toOlder) = await older.PollAsync();
        Assert.Equal("Une demande attend votre approbation.", Assert.Single(toNewer).Str("text"));
        Assert.Empty(toOlder);
    }

    [Fact]
    public async Task A_user_without_a_chat_finds_the_message_when_they_open_the_page()
    {
        var messenger = fixture.Host.Services.GetRequiredService<IProactiveMessenger>();
        using var someone = fixture.Client();
        await someone.StartAsync(PlaygroundUsers.Admin.Id);
        var userId = $"newcomer-{Guid.NewGuid():N}";

        var opened = await messenger.CreatePersonalConversationAsync(Reference(someone.ConversationId!, PlaygroundUsers.Admin.Id), userId, TestContext.Current.CancellationToken);
        await messenger.SendAsync(opened, Reply.Of("Votre demande est approuvée."), TestContext.Current.CancellationToken);
        using var newcomer = fixture.Client();
        await newcomer.StartAsync(userId);
        var (_, activities) = await newcomer.PollAsync();

        Assert.Equal(opened.ConversationId, newcomer.ConversationId);
        Assert.Equal("Votre demande est approuvée.", activities[0].Str("text"));
    }

    private static ConversationReference Reference(string conversationId, string userId) => new()
    {
        ChannelId = PlaygroundChannel.ChannelId,
        ServiceUrl = PlaygroundChannel.ServiceUrl,
        ConversationId = conversationId,
        ConversationType = "personal",
        BotId = PlaygroundChannel.BotId,
        UserChannelId = userId,
    };
}
