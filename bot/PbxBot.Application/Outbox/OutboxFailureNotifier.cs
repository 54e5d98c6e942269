using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;

namespace PbxBot.Application.Outbox;

/// <summary>
/// Tells the operator who caused a message (<see cref="OutboxMessage.NotifyOnFailure"/>) that it failed for good,
/// with the handler's sentence. Best effort: the failure is already recorded and visible in the delivery status.
/// </summary>
public sealed class OutboxFailureNotifier(IProactiveMessenger messenger, ILogger<OutboxFailureNotifier> logger)
{
    public async Task NotifyAsync(OutboxMessage failed, IOutboxHandler? handler, CancellationToken cancellationToken)
    {
        if (failed.NotifyOnFailure is not { } conversation || handler is null)
        {
            return;
        }
        try
        {
            if (await handler.DescribeFailureAsync(failed, cancellationToken) is { } text)
            {
                await messenger.SendAsync(conversation, Reply.Of(text), cancellationToken);
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not tell conversation {ConversationId} that outbox {MessageId} failed", conversation.ConversationId, failed.Id);
        }
    }
}
