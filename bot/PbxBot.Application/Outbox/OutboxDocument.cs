using PbxBot.Application.Stores;

namespace PbxBot.Application.Outbox;

/// <summary>
/// How an outbox message is stored in its PBX's partition: kind <see cref="DocumentKinds.Outbox"/>, parent = its
/// subject (the delivery status of <c>extension:105</c> is one partition query), tag <c>due</c> until it is done.
/// </summary>
public static class OutboxDocument
{
    public const string DueTag = "due";

    public static PbxDocument Of(OutboxMessage message) =>
        new(DocumentKinds.OutboxId(message.Id), DocumentKinds.Outbox, message)
        {
            Parent = message.Subject,
            Tag = message.IsDone ? null : DueTag,
        };

    /// <summary>The change that enqueues <paramref name="message"/> in the same commit as what caused it.</summary>
    public static Change Enqueue(OutboxMessage message) => new Change.Create(Of(message));
}
