using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>Loads and saves a user's <see cref="ConversationState"/> with optimistic concurrency.</summary>
public sealed class WizardSessionStore(IConversationStore store)
{
    public static string IdFor(ConversationReference conversation, ChannelUser user) =>
        $"wizard|{conversation.ChannelId}|{conversation.ConversationId}|{user.Id}";

    public async Task<Stored<ConversationState>> LoadAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync<ConversationState>(id, cancellationToken) ?? new Stored<ConversationState>(new ConversationState(), "");

    /// <summary>Saves if nobody else saved since <paramref name="loaded"/> was read; else <see cref="StoreConcurrencyException"/> / conflict.</summary>
    public async Task<Stored<ConversationState>> SaveAsync(string id, Stored<ConversationState> loaded, ConversationState next, CancellationToken cancellationToken)
    {
        var etag = await store.SaveAsync(id, next, loaded.ETag.Length == 0 ? null : loaded.ETag, cancellationToken);
        return new Stored<ConversationState>(next, etag);
    }
}
