using PbxBot.Testing;

namespace PbxBot.Manifest.Tests.Infrastructure;

/// <summary>The command line tools the package tests run; each is looked for once per test run.</summary>
public static class Tools
{
    private static readonly Lazy<bool> Node = new(() => ProcessRunner.Works("node", "--version") && ProcessRunner.Works("npm", "--version"));
    private static readonly Lazy<bool> Bash = new(() => ProcessRunner.Works("bash", "--version"));
    private static readonly Lazy<bool> Zipper = new(() => ProcessRunner.Works("zip", "-v") || ProcessRunner.Works("python3", "--version"));

    public static void RequireNode() =>
        Requires.That(Node.Value, "node and npm are needed to validate the manifest against the official Teams schema (apt-get install nodejs npm)");

    public static void RequirePackScript() =>
        Requires.That(Bash.Value && Zipper.Value, "manifest/pack.sh needs bash and zip (apt-get install zip) or python3");
}
