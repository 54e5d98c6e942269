namespace PbxBot.Application.Stores;

/// <summary>
/// Writes that must take turns per key (the creates of one PBX, which all rewrite its number plan), handed over in
/// groups: while one group is being written, the callers that arrive queue up, and the next group takes them all. A
/// caller whose group is written gets its own outcome and returns; the next group is written by a fresh task, so no
/// caller waits for others' groups after its own.
/// </summary>
/// <typeparam name="TItem">What one caller asks to write.</typeparam>
/// <typeparam name="TResult">What that caller gets back.</typeparam>
public sealed class GroupedWrites<TItem, TResult>(int maxGroup)
{
    private readonly Dictionary<string, Lane> lanes = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <param name="key">Writes of one key never run at the same time.</param>
    /// <param name="item">This caller's write.</param>
    /// <param name="writeGroup">Writes a group; returns each item's outcome in order (a result, or the exception for that caller).</param>
    public Task<TResult> WriteAsync(string key, TItem item, Func<IReadOnlyList<TItem>, Task<IReadOnlyList<Outcome>>> writeGroup)
    {
        var pending = new Pending(item);
        bool start;
        Lane lane;
        lock (gate)
        {
            if (!lanes.TryGetValue(key, out lane!))
            {
                lanes[key] = lane = new Lane();
            }
            lane.Queue.Enqueue(pending);
            start = !lane.Running;
            lane.Running = true;
        }
        if (start)
        {
            _ = RunAsync(lane, writeGroup);
        }
        return pending.Done.Task;
    }

    private async Task RunAsync(Lane lane, Func<IReadOnlyList<TItem>, Task<IReadOnlyList<Outcome>>> writeGroup)
    {
        var group = new List<Pending>(maxGroup);
        lock (gate)
        {
            while (group.Count < maxGroup && lane.Queue.TryDequeue(out var next))
            {
                group.Add(next);
            }
        }
        try
        {
            var outcomes = await writeGroup([.. group.Select(p => p.Item)]);
            for (var i = 0; i < group.Count; i++)
            {
                if (outcomes[i].Failure is { } failure)
                {
                    group[i].Done.TrySetException(failure);
                }
                else
                {
                    group[i].Done.TrySetResult(outcomes[i].Result!);
                }
            }
        }
        catch (Exception e)
        {
            foreach (var pending in group)
            {
                pending.Done.TrySetException(e);
            }
        }
        bool more;
        lock (gate)
        {
            more = lane.Queue.Count > 0;
            lane.Running = more;
        }
        if (more)
        {
            // The next group is written by a task of its own: this group's callers go on with their turns meanwhile.
            _ = Task.Run(() => RunAsync(lane, writeGroup));
        }
    }

    /// <summary>One caller's outcome: a result, or the exception it gets.</summary>
    public readonly record struct Outcome(TResult? Result, Exception? Failure);

    private sealed class Lane
    {
        public Queue<Pending> Queue { get; } = new();

        public bool Running { get; set; }
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;

        public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
