namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// Lets the conversations start a round only while open. Closing waits until every conversation has finished its
/// round: the bot is then idle, so CPU time, allocations and store round trips read at that moment belong exactly
/// to the turns between two closings (no turn is cut in half at the edges of the measured phase).
/// </summary>
public sealed class RoundGate(int participants)
{
    private readonly Lock gate = new();
    private TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? allWaiting;
    private int waiting;
    private int remaining = participants;
    private bool open;
    private bool finished;

    /// <summary>Before each round: returns at once while open, else waits; false once the run is over.</summary>
    public async Task<bool> PassAsync()
    {
        Task wait;
        lock (gate)
        {
            if (finished)
            {
                return false;
            }
            if (open)
            {
                return true;
            }
            waiting++;
            CheckAllWaiting();
            wait = opened.Task;
        }
        await wait;
        lock (gate)
        {
            return !finished;
        }
    }

    /// <summary>A conversation that stops for good (its numbers ran out) no longer holds a closing up.</summary>
    public void Leave()
    {
        lock (gate)
        {
            remaining--;
            CheckAllWaiting();
        }
    }

    /// <summary>Stops new rounds; completes when every conversation is between two rounds.</summary>
    public Task CloseAsync()
    {
        lock (gate)
        {
            open = false;
            allWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            CheckAllWaiting();
            return allWaiting.Task;
        }
    }

    public void Open() => Release(finish: false);

    /// <summary>Ends the run: every waiting conversation returns false from <see cref="PassAsync"/>.</summary>
    public void Finish() => Release(finish: true);

    private void Release(bool finish)
    {
        lock (gate)
        {
            finished |= finish;
            open = !finish;
            waiting = 0;
            var released = opened;
            opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            released.TrySetResult();
        }
    }

    private void CheckAllWaiting()
    {
        if (!open && waiting >= remaining)
        {
            allWaiting?.TrySetResult();
        }
    }
}
