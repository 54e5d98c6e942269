using System.Globalization;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// What <c>turns</c> runs: <c>--conversations 50 --duration 30s --warmup 30s --extensions 10 --store sqlite
/// [--turns N] [--host-arg --Key=Value]… [--host-env NAME=VALUE]…</c>. <c>--turns</c> stops after that many measured turns (the smoke test).
/// </summary>
public sealed record TurnBenchmarkOptions
{
    public int Conversations { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Long enough for the JIT to finish tiering the hot paths up: on this 2-core machine under other builds, 5 s
    /// left 11,700 methods (11 s of JIT time) to compile while measuring; 30 to 40 s leaves about 150.
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Extensions seeded on the PBX before the run (10 or 10,000 in the README's figures).</summary>
    public int Extensions { get; init; } = 10;

    /// <summary><c>sqlite</c> (the host's embedded default) or <c>cosmos</c> (COSMOS_ENDPOINT, COSMOS_KEY).</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>Stop after this many measured turns instead of after <see cref="Duration"/> (0: no limit).</summary>
    public int MaxTurns { get; init; }

    /// <summary>Give each new extension an e-mail address, so every confirm also queues a welcome e-mail (outbox).</summary>
    public bool WelcomeEmails { get; init; } = true;

    /// <summary>Extra settings for the host (<c>--host-arg --Logging:LogLevel:Default=Warning</c>), to compare configurations.</summary>
    public IReadOnlyList<string> HostArguments { get; init; } = [];

    /// <summary>
    /// Environment variables for the host's process only (<c>--host-env DOTNET_TieredPGO=0</c>): the runtime's knobs
    /// compared on the bot without changing the driver that measures it.
    /// </summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the host's build is; by default the PbxBot.Host output of this build's configuration.</summary>
    public string? HostPath { get; init; }

    public static TurnBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new TurnBenchmarkOptions();
        var hostArguments = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = ParseDuration(Value()) },
                "--warmup" => options with { Warmup = ParseDuration(Value()) },
                "--extensions" => options with { Extensions = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--store" => options with { Store = Value().ToLowerInvariant() },
                "--turns" => options with { MaxTurns = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--no-email" => options with { WelcomeEmails = false },
                "--host" => options with { HostPath = Value() },
                "--host-arg" => AddHostArgument(options, hostArguments, Value()),
                "--host-env" => AddHostEnvironment(options, Value()),
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        if (options.Store is not ("sqlite" or "cosmos"))
        {
            throw new ArgumentException("--store is sqlite or cosmos.");
        }
        if (options.Conversations < 1 || options.Extensions < 0)
        {
            throw new ArgumentException("--conversations must be at least 1 and --extensions at least 0.");
        }
        return options;
    }

    /// <summary>"30s", "2m", "500ms" or a plain number of seconds.</summary>
    public static TimeSpan ParseDuration(string text) => text switch
    {
        _ when text.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(double.Parse(text[..^2], CultureInfo.InvariantCulture)),
        _ when text.EndsWith('s') => TimeSpan.FromSeconds(double.Parse(text[..^1], CultureInfo.InvariantCulture)),
        _ when text.EndsWith('m') => TimeSpan.FromMinutes(double.Parse(text[..^1], CultureInfo.InvariantCulture)),
        _ => TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture)),
    };

    private static TurnBenchmarkOptions AddHostEnvironment(TurnBenchmarkOptions options, string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals < 1)
        {
            throw new ArgumentException($"--host-env takes NAME=VALUE, not '{assignment}'.");
        }
        return options with
        {
            HostEnvironment = new Dictionary<string, string>(options.HostEnvironment) { [assignment[..equals]] = assignment[(equals + 1)..] },
        };
    }

    private static TurnBenchmarkOptions AddHostArgument(TurnBenchmarkOptions options, List<string> hostArguments, string argument)
    {
        hostArguments.Add(argument);
        return options with { HostArguments = hostArguments.ToArray() };
    }
}
