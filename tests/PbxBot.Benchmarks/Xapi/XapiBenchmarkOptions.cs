using System.Globalization;

namespace PbxBot.Benchmarks.Xapi;

/// <summary>
/// What <c>xapi</c> runs: <c>--users 10,10000 --creates 200 --warmup 30s --conversations 4 [--no-email]
/// [--host-arg --Key=Value]…</c>.
/// </summary>
public sealed record XapiBenchmarkOptions
{
    /// <summary>The PBX sizes (users generated on the stand-in's PBX before the import), each run on a fresh PBX, store and host.</summary>
    public IReadOnlyList<int> Users { get; init; } = [10, 10_000];

    /// <summary>Extensions created through the wizard and measured, per PBX size.</summary>
    public int Creates { get; init; } = 200;

    /// <summary>
    /// How long extensions are created first, neither timed nor counted: as for <c>turns</c>, on 2 busy cores the JIT needs
    /// about 30 s to finish tiering the create path up (with 20 creates, about 3 s, the first PBX size came out slower).
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Operators creating side by side, each in their personal chat.</summary>
    public int Conversations { get; init; } = 4;

    /// <summary>New extensions get an e-mail address, so each create is followed by 3CX's welcome e-mail (<c>Pbx.SendWelcomeEmail</c>).</summary>
    public bool WelcomeEmails { get; init; } = true;

    /// <summary>How long the bot may take to import a PBX, or to apply every created extension, before the run fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string> HostArguments { get; init; } = [];

    public string? HostPath { get; init; }

    public static XapiBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new XapiBenchmarkOptions();
        var hostArguments = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--users" => options with { Users = Value().Split(',').Select(u => int.Parse(u.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray() },
                "--creates" => options with { Creates = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = Turns.TurnBenchmarkOptions.ParseDuration(Value()) },
                "--conversations" => options with { Conversations = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--no-email" => options with { WelcomeEmails = false },
                "--timeout" => options with { Timeout = Turns.TurnBenchmarkOptions.ParseDuration(Value()) },
                "--host" => options with { HostPath = Value() },
                "--host-arg" => options with { HostArguments = [.. hostArguments.Append(Value())] },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            hostArguments = [.. options.HostArguments];
        }
        if (options.Users.Count == 0 || options.Users.Any(u => u is < 0 or > XapiBenchmarkPbx.MaxUsers))
        {
            throw new ArgumentException($"--users takes PBX sizes from 0 to {XapiBenchmarkPbx.MaxUsers:N0}, comma-separated.");
        }
        if (options.Creates < 1 || options.Conversations < 1)
        {
            throw new ArgumentException("--creates and --conversations must be at least 1.");
        }
        if (options.Creates > XapiBenchmarkPbx.NewNumbers)
        {
            throw new ArgumentException($"At most {XapiBenchmarkPbx.NewNumbers:N0} extensions created per PBX size.");
        }
        return options;
    }
}
