namespace PbxBot.Application.Outbox;

/// <summary>
/// A delivery that retrying will not fix (SMTP 5xx, mailbox does not exist, invalid address, the extension was
/// deleted): the outbox marks the message Failed at once with <see cref="Exception.Message"/> as the reason.
/// </summary>
public sealed class PermanentDeliveryException : Exception
{
    public PermanentDeliveryException()
    {
    }

    public PermanentDeliveryException(string message)
        : base(message)
    {
    }

    public PermanentDeliveryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
