using System.Globalization;
using System.Text;
using PbxBot.Benchmarks.Turns;

namespace PbxBot.Benchmarks.Xapi;

/// <summary>The first import of one PBX size.</summary>
public sealed record XapiImport
{
    /// <summary>From « synchroniser » to the sync's report in the operator's chat.</summary>
    public TimeSpan Wall { get; init; }

    /// <summary>What the sync itself measured (its report's <c>Took</c>).</summary>
    public TimeSpan? Took { get; init; }

    /// <summary>XAPI calls, token requests apart.</summary>
    public int Calls { get; init; }

    public int TokenCalls { get; init; }

    public IReadOnlyList<(string Operation, int Count, string Statuses)> Operations { get; init; } = [];

    /// <summary>The host's resident set just before the import.</summary>
    public long RssBeforeKb { get; init; }

    /// <summary>The host's peak resident set (VmHWM) from the import's start to its report.</summary>
    public long PeakRssKb { get; init; }

    /// <summary>What the host allocated during the import (garbage included).</summary>
    public double AllocatedBytes { get; init; }

    /// <summary>The most memory the GC kept committed after a collection during the import: what the import really held, and the GC's slack.</summary>
    public double PeakGcCommittedBytes { get; init; }

    /// <summary>GC collections during the import, by generation.</summary>
    public IReadOnlyDictionary<string, double> Collections { get; init; } = new Dictionary<string, double>();
}

/// <summary>What one PBX size measured.</summary>
public sealed record XapiSizeResult
{
    public int Users { get; init; }

    public required XapiImport Import { get; init; }

    /// <summary>Extensions created during the warm-up (not measured).</summary>
    public int WarmupCreated { get; init; }

    /// <summary>Extensions confirmed in the measured phase.</summary>
    public int Created { get; init; }

    /// <summary>XAPI calls the measured creates caused (look-up, create, welcome e-mail…), token requests apart.</summary>
    public int CreateCalls { get; init; }

    public int CreateTokenCalls { get; init; }

    public IReadOnlyList<(string Operation, int Count, string Statuses)> CreateOperations { get; init; } = [];

    /// <summary>"Confirmer" → the card saying the PBX has the extension, ms, sorted.</summary>
    public double[] ConfirmToAppliedMs { get; init; } = [];

    /// <summary>The "Confirmer" turn itself (the card "envoi au PBX…"), ms, sorted.</summary>
    public double[] ConfirmTurnMs { get; init; } = [];

    /// <summary>From the first measured round's start to the last measured extension applied on the PBX.</summary>
    public TimeSpan CreatePhase { get; init; }

    /// <summary>The host's CPU time over the measured creates (wizard turns, applying on the PBX, welcome e-mails).</summary>
    public TimeSpan CreateHostCpu { get; init; }

    /// <summary>The host's store round trips over the measured creates, by operation.</summary>
    public IReadOnlyDictionary<string, double> CreateRoundTrips { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<string> Errors { get; init; } = [];

    public double CallsPerCreate => CreateCalls / (double)Math.Max(Created, 1);
}

/// <summary>The figures of an <c>xapi</c> run, as a table, and whether calls per created extension grew with the PBX's size.</summary>
public sealed class XapiReport(XapiBenchmarkOptions options, string standIn, IReadOnlyList<XapiSizeResult> sizes)
{
    public IReadOnlyList<XapiSizeResult> Sizes => sizes;

    /// <summary>Set when a larger PBX took more XAPI calls per created extension than the smallest one.</summary>
    public string? Growth
    {
        get
        {
            var smallest = sizes.MinBy(s => s.Users);
            var grown = sizes.Where(s => smallest is not null && s.Created > 0 && smallest.Created > 0
                && (long)s.CreateCalls * smallest.Created > (long)smallest.CreateCalls * s.Created).ToArray();
            return smallest is null || grown.Length == 0
                ? null
                : string.Join("; ", grown.Select(s => string.Create(CultureInfo.InvariantCulture,
                    $"XAPI calls per created extension GROW with the PBX's size: {smallest.CallsPerCreate:0.000} at {smallest.Users:N0} users, {s.CallsPerCreate:0.000} at {s.Users:N0} users")));
        }
    }

    /// <summary>Every error of every size, plus one if calls per create grew.</summary>
    public int Errors => sizes.Sum(s => s.Errors.Count) + (Growth is null ? 0 : 1);

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"PbxBot xapi: {options.Conversations} operators create {options.Creates} extensions (after {options.Warmup.TotalSeconds:0.#} s of warm-up) per PBX size, "
            + $"{(options.WelcomeEmails ? "each with an e-mail (3CX's welcome e-mail)" : "without e-mail")}; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        text.AppendLine(c, $"XAPI stand-in: {standIn}");
        text.AppendLine();
        Row(text, "", s => $"{s.Users:N0} users");
        Row(text, "---", _ => "---:");
        Row(text, "import: wall time (« synchroniser » → report)", s => Seconds(s.Import.Wall));
        Row(text, "import: in PbxSync (the report's Took)", s => s.Import.Took is { } took ? Seconds(took) : "—");
        Row(text, "import: XAPI calls (+ token requests)", s => $"{s.Import.Calls:N0} (+{s.Import.TokenCalls})");
        Row(text, "import: host's peak RSS (VmHWM reset at the import's start)", s => $"{s.Import.PeakRssKb / 1024.0:N0} MiB");
        Row(text, "import: host's RSS before", s => $"{s.Import.RssBeforeKb / 1024.0:N0} MiB");
        Row(text, "import: GC committed after a collection, peak", s => s.Import.PeakGcCommittedBytes > 0 ? $"{s.Import.PeakGcCommittedBytes / 1024 / 1024:N0} MiB" : "— (no GC yet)");
        Row(text, "import: allocated (GCs gen0/gen1/gen2)", s => $"{s.Import.AllocatedBytes / 1024 / 1024:N0} MiB ({Gc(s.Import.Collections)})");
        Row(text, "XAPI calls per created extension (+ token requests in all)", s => $"{s.CallsPerCreate:0.00} (+{s.CreateTokenCalls})");
        Row(text, "extensions created: measured (warm-up)", s => $"{s.Created:N0} ({s.WarmupCreated:N0})");
        Row(text, "creates/s (first round → last applied)", s => $"{s.Created / Math.Max(s.CreatePhase.TotalSeconds, 0.001):0.0}");
        Row(text, "confirm → applied p50 / p95 / max", s => $"{P(s.ConfirmToAppliedMs, 0.5)} / {P(s.ConfirmToAppliedMs, 0.95)} / {P(s.ConfirmToAppliedMs, 1)} ms");
        Row(text, "\"Confirmer\" turn p50 / p95 / max", s => $"{P(s.ConfirmTurnMs, 0.5)} / {P(s.ConfirmTurnMs, 0.95)} / {P(s.ConfirmTurnMs, 1)} ms");
        Row(text, "host CPU per created extension (whole wizard, apply, e-mail)", s => $"{s.CreateHostCpu.TotalMilliseconds / Math.Max(s.Created, 1):0.0} ms");
        Row(text, "store round trips per created extension", s => $"{s.CreateRoundTrips.Values.Sum() / Math.Max(s.Created, 1):0.0}");
        Row(text, "errors", s => $"{s.Errors.Count}");
        text.AppendLine();
        foreach (var s in sizes)
        {
            text.AppendLine(c, $"{s.Users:N0} users, import:     {Operations(s.Import.Operations, 1)}");
            text.AppendLine(c, $"{s.Users:N0} users, per create: {Operations(s.CreateOperations, Math.Max(s.Created, 1))}");
            text.AppendLine(c, $"{s.Users:N0} users, store round trips per create: {string.Join(", ", s.CreateRoundTrips.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => string.Create(c, $"{o.Key} {o.Value / Math.Max(s.Created, 1):0.00}")))}");
            foreach (var error in s.Errors.Take(20))
            {
                text.AppendLine(c, $"  error: {error}");
            }
        }
        var perCreate = string.Join(", ", sizes.Select(s => string.Create(c, $"{s.CallsPerCreate:0.000} at {s.Users:N0} users")));
        text.AppendLine(Growth is { } growth ? $"FAILED: {growth}." : $"XAPI calls per created extension: {perCreate} — they do not grow with the PBX's size.");
        text.AppendLine(c, $"errors: {Errors}");
        return text.ToString();

        void Row(StringBuilder into, string label, Func<XapiSizeResult, string> cell) =>
            into.AppendLine(c, $"| {label} | {string.Join(" | ", sizes.Select(cell))} |");
    }

    private static string Operations(IEnumerable<(string Operation, int Count, string Statuses)> operations, int per) =>
        string.Join(", ", operations.Select(o => per == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{o.Operation} {o.Count} ({o.Statuses})")
            : string.Create(CultureInfo.InvariantCulture, $"{o.Operation} {o.Count / (double)per:0.00} ({o.Statuses})")));

    private static string Gc(IReadOnlyDictionary<string, double> collections) =>
        string.Join("/", new[] { "gen0", "gen1", "gen2" }.Select(g => collections.GetValueOrDefault(g).ToString("0", CultureInfo.InvariantCulture)));

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.00 's'" : "0.0 's'", CultureInfo.InvariantCulture);

    private static string P(double[] sorted, double fraction) => TurnRecorder.Percentile(sorted, fraction).ToString("0", CultureInfo.InvariantCulture);

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
