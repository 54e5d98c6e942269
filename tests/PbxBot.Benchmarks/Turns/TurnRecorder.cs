namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// Every turn's latency and outcome, kept only while <see cref="Measuring"/> (the warm-up's turns are checked and
/// their errors counted, but their latencies are not part of the figures).
/// </summary>
public sealed class TurnRecorder
{
    private const int KeptErrors = 10;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<double>> latenciesMs = new(StringComparer.Ordinal);
    private readonly List<string> firstErrors = [];

    public bool Measuring { get; set; }

    public int MeasuredTurns { get; private set; }

    public int Errors { get; private set; }

    public int WarmupTurns { get; private set; }

    /// <summary>Successful confirmations, warm-up included: the extensions the run created.</summary>
    public int Created { get; private set; }

    public int WarmupErrors { get; private set; }

    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (gate)
            {
                return [.. firstErrors];
            }
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> confirmed = new(StringComparer.Ordinal);

    /// <summary>When extension <paramref name="number"/> was confirmed (a Stopwatch timestamp), measured or not.</summary>
    public void Confirmed(string number, long at) => confirmed.TryAdd(number, at);

    /// <summary>From "Confirmer" to the card saying the PBX applied it, per confirmed extension whose card arrived (ms, sorted).</summary>
    public double[] ConfirmToApplied(Func<string, long?> appliedAt) =>
        [.. confirmed.Select(c => appliedAt(c.Key) is { } at ? System.Diagnostics.Stopwatch.GetElapsedTime(c.Value, at).TotalMilliseconds : (double?)null).OfType<double>().Order()];

    /// <summary>Extensions confirmed (measured or not).</summary>
    public int ConfirmedCount => confirmed.Count;

    /// <summary>The numbers of the extensions confirmed (measured or not).</summary>
    public IReadOnlyList<string> ConfirmedNumbers => [.. confirmed.Keys];

    public void Record(string step, TimeSpan elapsed, string? error)
    {
        lock (gate)
        {
            Created += step == WizardRound.ConfirmStep && error is null ? 1 : 0;
            if (error is not null && firstErrors.Count < KeptErrors)
            {
                firstErrors.Add($"{step}: {error}");
            }
            if (!Measuring)
            {
                WarmupTurns++;
                WarmupErrors += error is null ? 0 : 1;
                return;
            }
            MeasuredTurns++;
            Errors += error is null ? 0 : 1;
            if (!latenciesMs.TryGetValue(step, out var list))
            {
                latenciesMs[step] = list = new List<double>(1 << 14);
            }
            list.Add(elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The measured latencies of one step (or of all when null), sorted, for percentiles.</summary>
    public double[] SortedLatencies(string? step = null)
    {
        double[] copy;
        lock (gate)
        {
            copy = step is null ? [.. latenciesMs.Values.SelectMany(l => l)] : [.. latenciesMs.GetValueOrDefault(step) ?? []];
        }
        Array.Sort(copy);
        return copy;
    }

    /// <summary>The steps measured, in the order they were first played.</summary>
    public IReadOnlyList<string> Steps
    {
        get
        {
            lock (gate)
            {
                return [.. latenciesMs.Keys];
            }
        }
    }

    /// <summary>The value below which <paramref name="fraction"/> of the sorted sample lies (nearest rank).</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
