using System.Globalization;
using System.Text;

namespace PbxBot.Benchmarks.Import;

/// <summary>The figures of one <c>import</c> run, printed as a table.</summary>
public sealed record ImportJobReport
{
    public ImportJobOptions Options { get; init; } = new();

    public int Rows { get; init; }

    /// <summary>The file sent → the preview card (download, read, every row validated, the job saved).</summary>
    public TimeSpan Preview { get; init; }

    public TimeSpan? ConfirmToSummary { get; init; }

    public TimeSpan? ConfirmToOnPbx { get; init; }

    /// <summary>XAPI calls the measured import caused (token requests apart), and by operation.</summary>
    public int Calls { get; init; }

    public IReadOnlyList<(string Operation, int Count, string Statuses)> Operations { get; init; } = [];

    public long PeakRssKb { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public override string ToString()
    {
        var i = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(i, $"Import of {Rows:N0} rows onto a PBX of {Options.Users:N0} users (XAPI stand-in), {Environment.ProcessorCount} cores");
        s.AppendLine(i, $"| file sent → preview card | {Preview.TotalMilliseconds:N0} ms |");
        s.AppendLine(i, $"| Confirm → summary card (every row saved and queued) | {Ms(ConfirmToSummary)} |");
        s.AppendLine(i, $"| Confirm → every row on the PBX with its welcome e-mail | {Ms(ConfirmToOnPbx)} |");
        s.AppendLine(i, $"| rows per second, Confirm → on the PBX | {(ConfirmToOnPbx is { } t && t > TimeSpan.Zero ? Rows / t.TotalSeconds : 0):N1} |");
        s.AppendLine(i, $"| XAPI calls per row | {(Rows == 0 ? 0 : (double)Calls / Rows):N2} ({string.Join(", ", Operations.Select(o => $"{o.Operation} {o.Count} [{o.Statuses}]"))}) |");
        s.AppendLine(i, $"| host peak RSS (VmHWM, reset before the measured import) | {PeakRssKb / 1024.0:N0} MiB |");
        s.AppendLine(i, $"Errors: {Errors.Count}");
        foreach (var e in Errors.Take(10))
        {
            s.AppendLine(i, $"  {e}");
        }
        return s.ToString();
    }

    private static string Ms(TimeSpan? t) => t is { } v ? $"{v.TotalMilliseconds:N0} ms" : "—";
}
