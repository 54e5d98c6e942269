using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// The outbox: a due message is claimed by exactly one worker for a lease, completed only under that claim, and
/// claimable again when the lease expires (a worker that crashed mid-send).
/// </summary>
public abstract class AnOutboxMessageIsClaimedByOneWorker(StoreKind kind) : StoreContract(kind)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public sealed class OnSqlite() : AnOutboxMessageIsClaimedByOneWorker(StoreKind.Sqlite);

    public sealed class OnCosmos() : AnOutboxMessageIsClaimedByOneWorker(StoreKind.Cosmos);

    [Fact]
    public async Task ADueMessageIsClaimedOnceWithALease()
    {
        var store = await OpenStoreAsync();
        var mail = await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.ToUnixTimeMilliseconds()));

        var claimed = Assert.Single(await store.Outbox.ClaimDueAsync("worker-a", Now, Lease, 10, Ct));
        var again = await store.Outbox.ClaimDueAsync("worker-b", Now.AddSeconds(1), Lease, 10, Ct);

        Assert.Equal(mail.Id, claimed.Value.Id);
        Assert.Equal(OutboxStatus.Sending, claimed.Value.Status);
        Assert.Equal("worker-a", claimed.Value.ClaimedBy);
        Assert.Equal((Now + Lease).ToUnixTimeMilliseconds(), claimed.Value.LeaseUntilMs);
        Assert.Empty(again);
    }

    [Fact]
    public async Task AMessageNotYetDueIsNotClaimed()
    {
        var store = await OpenStoreAsync();
        await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.AddMinutes(5).ToUnixTimeMilliseconds()));

        Assert.Empty(await store.Outbox.ClaimDueAsync("worker-a", Now, Lease, 10, Ct));
        Assert.Single(await store.Outbox.ClaimDueAsync("worker-a", Now.AddMinutes(5), Lease, 10, Ct));
    }

    [Fact]
    public async Task WorkersRunningAtOnceClaimEachMessageExactlyOnce()
    {
        var store = await OpenStoreAsync();
        var mails = Enumerable.Range(200, 10).Select(n => Samples.WelcomeMail($"extension:{n}", Now.ToUnixTimeMilliseconds())).ToArray();
        await store.Pbx.CommitAsync(Samples.PbxId, mails.Select(OutboxDocument.Enqueue).ToArray(), Ct);

        var claims = await Task.WhenAll(Enumerable.Range(0, 5).Select(w =>
            Task.Run(() => store.Outbox.ClaimDueAsync($"worker-{w}", Now, Lease, 10, Ct), Ct)));

        var claimedIds = claims.SelectMany(c => c).Select(c => c.Value.Id).ToArray();
        Assert.Equal(mails.Select(m => m.Id).Order(), claimedIds.Order());
    }

    [Fact]
    public async Task AnExpiredLeaseLetsAnotherWorkerTakeTheMessageAndTheFirstClaimCanNoLongerComplete()
    {
        var store = await OpenStoreAsync();
        await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.ToUnixTimeMilliseconds()));
        var byA = Assert.Single(await store.Outbox.ClaimDueAsync("worker-a", Now, Lease, 10, Ct));

        var byB = Assert.Single(await store.Outbox.ClaimDueAsync("worker-b", Now + Lease, Lease, 10, Ct));
        await Assert.ThrowsAsync<StoreConcurrencyException>(() =>
            store.Outbox.CompleteAsync(byA, byA.Value with { Status = OutboxStatus.Sent, SentAt = Now }, Ct));

        Assert.Equal("worker-b", byB.Value.ClaimedBy);
        Assert.Equal(OutboxStatus.Sending, Assert.Single(await store.Outbox.ListBySubjectAsync(Samples.PbxId, "extension:200", 10, Ct)).Value.Status);
    }

    [Fact]
    public async Task ACompletedMessageIsNeverClaimedAgainAndShowsItsStatus()
    {
        var store = await OpenStoreAsync();
        await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.ToUnixTimeMilliseconds()));
        var claimed = Assert.Single(await store.Outbox.ClaimDueAsync("worker-a", Now, Lease, 10, Ct));

        await store.Outbox.CompleteAsync(claimed, claimed.Value with { Status = OutboxStatus.Sent, SentAt = Now, Attempts = 1 }, Ct);

        Assert.Empty(await store.Outbox.ClaimDueAsync("worker-b", Now.AddDays(1), Lease, 10, Ct));
        var status = Assert.Single(await store.Outbox.ListBySubjectAsync(Samples.PbxId, "extension:200", 10, Ct));
        Assert.Equal(OutboxStatus.Sent, status.Value.Status);
        Assert.Equal(Now, status.Value.SentAt);
    }

    [Fact]
    public async Task AFailedAttemptIsRetriedWhenItsBackoffIsDue()
    {
        var store = await OpenStoreAsync();
        await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.ToUnixTimeMilliseconds()));
        var claimed = Assert.Single(await store.Outbox.ClaimDueAsync("worker-a", Now, Lease, 10, Ct));
        var retryAt = Now.AddMinutes(1);

        await store.Outbox.CompleteAsync(claimed, claimed.Value with
        {
            Status = OutboxStatus.Queued,
            Attempts = 1,
            DueAtMs = retryAt.ToUnixTimeMilliseconds(),
            ClaimedBy = null,
            LeaseUntilMs = 0,
            LastError = "SMTP down",
        }, Ct);

        Assert.Empty(await store.Outbox.ClaimDueAsync("worker-a", Now.AddSeconds(30), Lease, 10, Ct));
        var retried = Assert.Single(await store.Outbox.ClaimDueAsync("worker-b", retryAt, Lease, 10, Ct));
        Assert.Equal(1, retried.Value.Attempts);
        Assert.Equal("SMTP down", retried.Value.LastError);
    }

    [Fact]
    public async Task MessagesAreFoundOnEveryPbx()
    {
        var store = await OpenStoreAsync();
        await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.ToUnixTimeMilliseconds(), "pbx-a"));
        await EnqueueAsync(store, Samples.WelcomeMail("extension:200", Now.ToUnixTimeMilliseconds(), "pbx-b"));

        var claimed = await store.Outbox.ClaimDueAsync("worker-a", Now, Lease, 10, Ct);

        Assert.Equal(["pbx-a", "pbx-b"], claimed.Select(c => c.Value.PbxId).Order());
    }

    private static async Task<OutboxMessage> EnqueueAsync(StoreUnderTest store, OutboxMessage message)
    {
        await store.Pbx.CommitAsync(message.PbxId, [OutboxDocument.Enqueue(message)], Ct);
        return message;
    }
}
