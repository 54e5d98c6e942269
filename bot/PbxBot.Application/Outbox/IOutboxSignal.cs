namespace PbxBot.Application.Outbox;

/// <summary>
/// Wakes the outbox worker of this process at once. Call it after a commit that enqueued a message, so the
/// normal case has no polling delay; other instances find the message at their next poll.
/// </summary>
public interface IOutboxSignal
{
    void Notify();
}
