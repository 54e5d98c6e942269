using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Conversations;

/// <summary>
/// Keeps each user's conversation references (captured when the bot is installed or spoken to) so that
/// approvals and outcomes can be sent to them proactively.
/// </summary>
public sealed class UserDirectory(IConversationStore store)
{
    public static string IdFor(string userId) => $"user|{userId}";

    public async Task<UserProfile?> FindAsync(string userId, CancellationToken cancellationToken) =>
        (await store.GetAsync<UserProfile>(IdFor(userId), cancellationToken))?.Value;

    /// <summary>Records the turn's conversation for its user; writes only when something changed.</summary>
    public async Task RememberAsync(Turn turn, CancellationToken cancellationToken)
    {
        var id = IdFor(turn.User.Id);
        var current = (await store.GetAsync<UserProfile>(id, cancellationToken))?.Value;
        var personal = turn.Conversation.IsPersonal ? turn.Conversation with { UserChannelId = turn.User.ChannelUserId } : current?.PersonalConversation;
        var next = new UserProfile
        {
            UserId = turn.User.Id,
            Name = turn.User.Name ?? current?.Name,
            ChannelUserId = turn.User.ChannelUserId,
            PersonalConversation = personal,
            LastConversation = turn.Conversation,
            Language = turn.Locale is null ? current?.Language ?? Language.French : Languages.FromLocale(turn.Locale),
            UserPrincipalName = current?.UserPrincipalName,
        };
        if (current != next)
        {
            await store.UpsertAsync(id, next, cancellationToken);
        }
    }

    /// <summary>Keeps the personal chat the bot just opened with a user (Connector create-conversation).</summary>
    public async Task RememberPersonalConversationAsync(string userId, ConversationReference personal, CancellationToken cancellationToken)
    {
        var id = IdFor(userId);
        if ((await store.GetAsync<UserProfile>(id, cancellationToken))?.Value is { } current)
        {
            await store.UpsertAsync(id, current with { PersonalConversation = personal }, cancellationToken);
        }
    }

    /// <summary>Keeps the user's UPN, and an index from it to their id (so owners configured by UPN can be notified).</summary>
    public async Task RememberUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken)
    {
        var id = IdFor(userId);
        if ((await store.GetAsync<UserProfile>(id, cancellationToken))?.Value is { } current)
        {
            await store.UpsertAsync(id, current with { UserPrincipalName = userPrincipalName }, cancellationToken);
        }
        await store.UpsertAsync(UpnIdFor(userPrincipalName), new UserPrincipalNameIndex(userId), cancellationToken);
    }

    /// <summary>The id of the user whose UPN is <paramref name="userPrincipalName"/>, once the bot has seen them.</summary>
    public async Task<string?> FindUserIdByUpnAsync(string userPrincipalName, CancellationToken cancellationToken) =>
        (await store.GetAsync<UserPrincipalNameIndex>(UpnIdFor(userPrincipalName), cancellationToken))?.Value.UserId;

    private static string UpnIdFor(string userPrincipalName) => $"upn|{userPrincipalName.Trim().ToLowerInvariant()}";

    public async Task ForgetConversationAsync(Turn turn, CancellationToken cancellationToken)
    {
        var id = IdFor(turn.User.Id);
        var current = (await store.GetAsync<UserProfile>(id, cancellationToken))?.Value;
        if (current?.PersonalConversation?.ConversationId == turn.Conversation.ConversationId)
        {
            await store.UpsertAsync(id, current with { PersonalConversation = null }, cancellationToken);
        }
    }
}

/// <summary>Which user a UPN belongs to.</summary>
public sealed record UserPrincipalNameIndex(string UserId);
