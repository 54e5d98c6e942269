using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Application.Stores;

namespace PbxBot.Application.Outbox;

/// <summary>
/// Delivers the outbox: claims due messages (one worker per message, even with several bot instances: the
/// store's ETag decides), hands each to the <see cref="IOutboxHandler"/> of its kind and records the outcome.
/// Transient failures are retried with exponential backoff and jitter up to <see cref="OutboxOptions.MaxAttempts"/>;
/// permanent ones fail at once and the operator is told in Teams.
/// </summary>
/// <remarks>
/// Delivery is at-least-once. The claim is a lease: if this process dies after a handler delivered but before the
/// outcome is stored, another worker takes the message when the lease expires and delivers it again. Handlers make
/// that duplicate recognisable (a welcome e-mail keeps one Message-Id per outbox message), never silently lost.
/// </remarks>
public sealed class OutboxWorker : BackgroundService
{
    private readonly IOutboxStore store;
    private readonly Dictionary<OutboxKind, IOutboxHandler> handlers;
    private readonly OutboxFailureNotifier notifier;
    private readonly IReadOnlyList<IOutboxObserver> observers;
    private readonly OutboxSignal signal;
    private readonly OutboxOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<OutboxWorker> logger;

    public OutboxWorker(
        IOutboxStore store,
        IEnumerable<IOutboxHandler> handlers,
        OutboxFailureNotifier notifier,
        IEnumerable<IOutboxObserver> observers,
        OutboxSignal signal,
        IOptions<OutboxOptions> options,
        TimeProvider time,
        ILogger<OutboxWorker> logger)
    {
        this.store = store;
        this.handlers = handlers.ToDictionary(h => h.Kind);
        this.notifier = notifier;
        this.observers = observers.ToArray();
        this.signal = signal;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Names this worker's claims in the store (and in logs): host name plus a per-process suffix.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Keeps up to <see cref="OutboxOptions.BatchSize"/> deliveries in flight: once half of them have ended, the worker
    /// claims the next due messages while the others go on. Claiming a batch and waiting for all of it let one slow
    /// delivery (a PBX change waiting for an earlier one, a slow SMTP server) hold back the rest; claiming one message
    /// per ended delivery made the claims (a query and a commit each) the outbox's limit under load (turn benchmark).
    /// </summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Outbox worker {WorkerId} started", WorkerId);
        var inFlight = new HashSet<Task>();
        // One wait for the signal at a time, kept across rounds: an abandoned wait would swallow the next signal.
        Task? woken = null;
        var refill = (options.BatchSize + 1) / 2;
        while (!stoppingToken.IsCancellationRequested)
        {
            var free = options.BatchSize - inFlight.Count;
            var claimed = 0;
            var claiming = free > 0 && (inFlight.Count == 0 || free >= refill);
            if (claiming)
            {
                try
                {
                    var due = await store.ClaimDueAsync(WorkerId, time.GetUtcNow(), options.Lease, free, stoppingToken);
                    claimed = due.Count;
                    foreach (var message in due)
                    {
                        inFlight.Add(DeliverAsync(message, stoppingToken));
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    // Typically the store is unreachable: nothing was claimed, try again at the next poll.
                    logger.LogError(ex, "Outbox worker {WorkerId} could not claim messages", WorkerId);
                }
            }
            if (claiming && claimed == free)
            {
                // Every free slot found a message: more may be due, claim again as soon as half the slots are free.
                continue;
            }
            // Slots are taken, or nothing more is due: wait for a delivery to end, a signal or the poll interval.
            if (claiming && claimed < free)
            {
                woken ??= signal.WaitAsync(options.PollInterval, time, stoppingToken);
            }
            var ended = await Task.WhenAny(woken is null ? inFlight : inFlight.Append(woken));
            if (ended == woken)
            {
                woken = null;
            }
            else
            {
                inFlight.Remove(ended);
                if (ended.Exception is { } failure)
                {
                    logger.LogError(failure.InnerException, "Outbox worker {WorkerId}: a delivery ended with an error", WorkerId);
                }
            }
        }
        // Shutting down: deliveries under way end on the stopping token (their claims expire and are retried).
        await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Claims what is due now, delivers it and records each outcome; returns how many messages were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimDueAsync(WorkerId, time.GetUtcNow(), options.Lease, options.BatchSize, cancellationToken);
        if (claimed.Count > 0)
        {
            await Task.WhenAll(claimed.Select(m => DeliverAsync(m, cancellationToken)));
        }
        return claimed.Count;
    }

    private async Task DeliverAsync(Stored<OutboxMessage> claimed, CancellationToken stoppingToken)
    {
        var message = claimed.Value;
        var attempt = message.Attempts + 1;
        OutboxMessage outcome;
        try
        {
            if (!handlers.TryGetValue(message.Kind, out var handler))
            {
                // A deployment without this kind's handler: keep retrying, a later deployment may have it.
                throw new InvalidOperationException($"No outbox handler is registered for {message.Kind}.");
            }
            using var attemptTimeout = new CancellationTokenSource(options.AttemptTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, attemptTimeout.Token);
            await handler.HandleAsync(message, linked.Token);
            outcome = Released(message, attempt) with { Status = OutboxStatus.Sent, SentAt = time.GetUtcNow(), LastError = null };
            logger.LogInformation("Outbox {MessageId} ({Kind}, {Subject}) delivered at attempt {Attempt}", message.Id, message.Kind, message.Subject, attempt);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-attempt: whether it was delivered is unknown, so the claim is left to expire and
            // another worker delivers it again (at-least-once).
            logger.LogWarning("Outbox {MessageId} interrupted by shutdown; it will be retried when its lease expires", message.Id);
            return;
        }
        catch (RetryLaterException wait) when (!wait.CountsAsAttempt || attempt < options.MaxAttempts)
        {
            // Not a failure of this message (it waits for another), or the receiver named its own delay (Retry-After):
            // the later of that delay and the usual backoff, when it counts as an attempt.
            var attempts = wait.CountsAsAttempt ? attempt : message.Attempts;
            var delay = wait.CountsAsAttempt ? Max(wait.Delay, OutboxBackoff.Delay(options, attempt, Random.Shared.NextDouble())) : wait.Delay;
            outcome = Released(message, attempts) with
            {
                Status = OutboxStatus.Queued,
                LastError = wait.Message,
                DueAtMs = (time.GetUtcNow() + delay).ToUnixTimeMilliseconds(),
            };
            logger.LogInformation("Outbox {MessageId} ({Kind}, {Subject}) waits {Delay}: {Reason}", message.Id, message.Kind, message.Subject, delay, wait.Message);
        }
        catch (PermanentDeliveryException ex)
        {
            outcome = Released(message, attempt) with { Status = OutboxStatus.Failed, LastError = ex.Message };
            logger.LogWarning("Outbox {MessageId} ({Kind}, {Subject}) failed permanently: {Reason}", message.Id, message.Kind, message.Subject, ex.Message);
        }
        catch (Exception ex)
        {
            outcome = attempt >= options.MaxAttempts
                ? Released(message, attempt) with { Status = OutboxStatus.Failed, LastError = Describe(ex) }
                : Released(message, attempt) with
                {
                    Status = OutboxStatus.Queued,
                    LastError = Describe(ex),
                    DueAtMs = (time.GetUtcNow() + OutboxBackoff.Delay(options, attempt, Random.Shared.NextDouble())).ToUnixTimeMilliseconds(),
                };
            logger.LogWarning(ex, "Outbox {MessageId} ({Kind}, {Subject}) attempt {Attempt}/{MaxAttempts} failed; {Next}",
                message.Id, message.Kind, message.Subject, attempt, options.MaxAttempts,
                outcome.Status == OutboxStatus.Failed ? "giving up" : $"next at {DateTimeOffset.FromUnixTimeMilliseconds(outcome.DueAtMs):O}");
        }

        if (!await TryCompleteAsync(claimed, outcome))
        {
            return;
        }
        if (outcome.Status == OutboxStatus.Failed)
        {
            await notifier.NotifyAsync(outcome, handlers.GetValueOrDefault(outcome.Kind), stoppingToken);
        }
        // Observers hear of final states only: a message queued again for a retry is not over.
        if (outcome.IsDone)
        {
            await ObserveAsync(outcome, stoppingToken);
        }
    }

    /// <summary>
    /// Records the outcome. Not tied to shutdown: once a message was delivered, marking it is what prevents the
    /// duplicate. If it cannot be recorded, the lease expires and the message is delivered again.
    /// </summary>
    private async Task<bool> TryCompleteAsync(Stored<OutboxMessage> claimed, OutboxMessage outcome)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);
            await store.CompleteAsync(claimed, outcome, timeout.Token);
            return true;
        }
        catch (StoreConcurrencyException)
        {
            logger.LogWarning("Outbox {MessageId}: the claim expired and another worker took it; its outcome ({Status}) is not recorded here", outcome.Id, outcome.Status);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Outbox {MessageId}: outcome {Status} could not be recorded; the message will be retried when its lease expires", outcome.Id, outcome.Status);
        }
        return false;
    }

    private async Task ObserveAsync(OutboxMessage outcome, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await (outcome.Status == OutboxStatus.Sent
                    ? observer.OnSentAsync(outcome, cancellationToken)
                    : observer.OnFailedAsync(outcome, cancellationToken));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox observer {Observer} failed for {MessageId}", observer.GetType().Name, outcome.Id);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static OutboxMessage Released(OutboxMessage message, int attempt) =>
        message with { Attempts = attempt, ClaimedBy = null, LeaseUntilMs = 0 };

    private static string Describe(Exception ex) =>
        ex is AggregateException { InnerException: { } inner } ? Describe(inner) : $"{ex.GetType().Name}: {ex.Message}";
}
