namespace PbxBot.Application.Outbox;

/// <summary>
/// Told when an outbox message reaches its final state, after it was recorded: e.g. to refresh the helpdesk's
/// status card (<see cref="OutboxMessage.StatusCardMessageId"/>). An observer that throws is logged and ignored:
/// the delivery outcome is already stored.
/// </summary>
public interface IOutboxObserver
{
    Task OnSentAsync(OutboxMessage sent, CancellationToken cancellationToken);

    Task OnFailedAsync(OutboxMessage failed, CancellationToken cancellationToken);
}
