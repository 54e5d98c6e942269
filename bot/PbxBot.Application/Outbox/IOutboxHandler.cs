namespace PbxBot.Application.Outbox;

/// <summary>
/// Delivers the outbox messages of one <see cref="OutboxKind"/> (a welcome e-mail, a Teams notification). The
/// worker calls it once per attempt; returning means delivered. Throw <see cref="PermanentDeliveryException"/>
/// when retrying cannot help (the recipient does not exist), any other exception to be retried with backoff.
/// </summary>
public interface IOutboxHandler
{
    OutboxKind Kind { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The sentence told in Teams to <see cref="OutboxMessage.NotifyOnFailure"/> once the message has failed for
    /// good (<see cref="OutboxMessage.LastError"/> says why), in the language of the message; null to stay silent.
    /// </summary>
    Task<string?> DescribeFailureAsync(OutboxMessage failed, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
