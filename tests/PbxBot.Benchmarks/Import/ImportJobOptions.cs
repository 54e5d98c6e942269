using System.Globalization;

namespace PbxBot.Benchmarks.Import;

/// <summary>What <c>import</c> runs: <c>--rows 500 --users 10 [--timeout 10m] [--host-arg --Key=Value]…</c>.</summary>
public sealed record ImportJobOptions
{
    /// <summary>Rows of the measured file, each a new extension with an e-mail address (so each is followed by 3CX's welcome e-mail).</summary>
    public int Rows { get; init; } = 500;

    /// <summary>Users on the stand-in's PBX before the import.</summary>
    public int Users { get; init; } = 10;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    public IReadOnlyList<string> HostArguments { get; init; } = [];

    public static ImportJobOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ImportJobOptions();
        var hostArguments = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(value, CultureInfo.InvariantCulture) },
                "--users" => options with { Users = int.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout" => options with { Timeout = TimeSpan.Parse(value, CultureInfo.InvariantCulture) },
                "--host-arg" => options,
                _ => throw new ArgumentException($"Unknown option {args[i]}: --rows N --users N --timeout hh:mm:ss --host-arg --Key=Value"),
            };
            if (args[i] == "--host-arg")
            {
                hostArguments.Add(value);
            }
            i++;
        }
        return options with { HostArguments = hostArguments };
    }
}
