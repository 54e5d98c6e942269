using System.Collections.Concurrent;

namespace PbxBot.Application.Stores;

/// <summary>
/// One read-modify-write of a PBX's number plan at a time within this process. Every create and delete of an
/// extension reads the plan and commits it back under its ETag; when several operators of one PBX confirm at once,
/// all but one commit find the plan moved and start over, and under load some run out of retries (the user is told
/// "unexpected error"). Queued here they take turns instead; the ETag still settles a race with another bot
/// instance, and the retries still cover it.
/// </summary>
public sealed class NumberPlanGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the PBX's number plan; dispose the result to let the next writer in.</summary>
    public async Task<Entered> EnterAsync(string pbxId, CancellationToken ct)
    {
        // One small semaphore per PBX, kept for the process's lifetime: a bot serves a handful of PBXes.
        var gate = gates.GetOrAdd(pbxId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Entered(gate);
    }

    public readonly struct Entered(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
