using System.Collections.Concurrent;
using PbxBot.Application.Conversations;

namespace PbxBot.Testing.Mail;

/// <summary>An <see cref="IProactiveMessenger"/> that keeps what the bot would have said in Teams.</summary>
public sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly ConcurrentQueue<(ConversationReference Conversation, Reply Reply)> sent = new();

    public IReadOnlyList<(ConversationReference Conversation, Reply Reply)> Sent => sent.ToArray();

    public Task<string?> SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken)
    {
        sent.Enqueue((conversation, reply));
        return Task.FromResult<string?>($"activity-{sent.Count}");
    }

    public Task UpdateAsync(ConversationReference conversation, string messageId, Reply reply, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken) =>
        Task.FromResult(anyConversationOfTenant with { ConversationId = $"personal-{userChannelId}", ConversationType = "personal", UserChannelId = userChannelId });
}
