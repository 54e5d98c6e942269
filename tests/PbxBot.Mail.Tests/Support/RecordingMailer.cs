using System.Collections.Concurrent;
using PbxBot.Application.Mail;

namespace PbxBot.Mail.Tests.Support;

/// <summary>An <see cref="IWelcomeMailer"/> that keeps what it was asked to send (outbox tests that need no SMTP server).</summary>
internal sealed class RecordingMailer : IWelcomeMailer
{
    private readonly ConcurrentQueue<WelcomeEmail> sent = new();

    public IReadOnlyList<WelcomeEmail> Sent => sent.ToArray();

    public IReadOnlyList<string> Keys => sent.Select(m => m.MessageKey).ToArray();

    /// <summary>Runs before recording; throw from it to make a send fail.</summary>
    public Func<WelcomeEmail, Task>? Before { get; init; }

    public async Task SendAsync(WelcomeEmail email, CancellationToken cancellationToken)
    {
        if (Before is not null)
        {
            await Before(email);
        }
        sent.Enqueue(email);
    }
}
