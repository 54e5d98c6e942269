using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace PbxBot.Testing.Cards;

/// <summary>
/// The repository's <c>tests/js</c> folder (test-time npm tools) and its <c>node_modules</c>, installed with
/// <c>npm ci</c> the first time a test needs them. Several test assemblies may start at once, so the install is
/// guarded by a lock file across processes, and by a gate within this one.
/// </summary>
public static class TestJsTools
{
    /// <summary>Overrides where <c>tests/js</c> is (a checkout elsewhere than the build's sources).</summary>
    public const string DirectoryVariable = "PBXBOT_TESTS_JS";

    private const string ReadyMarker = ".pbxbot-npm-ci";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory { get; } = Locate();

    /// <summary>Runs <c>npm ci</c> unless <c>node_modules</c> already matches <c>package-lock.json</c>.</summary>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var lockHash = LockFileHash();
        if (IsInstalled(lockHash))
        {
            return;
        }
        Requires.That(NodeJs.Npm is not null, $"npm is not on PATH, and {Directory}/node_modules is missing: {NodeJs.InstallHint}");
        await InstallGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var crossProcessLock = await AcquireLockAsync(cancellationToken).ConfigureAwait(false);
            // Another process may have installed while this one waited.
            if (!IsInstalled(lockHash))
            {
                await NpmCiAsync(cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(MarkerPath, lockHash, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static string MarkerPath => Path.Combine(Directory, "node_modules", ReadyMarker);

    private static bool IsInstalled(string lockHash) =>
        File.Exists(MarkerPath) && string.Equals(File.ReadAllText(MarkerPath), lockHash, StringComparison.Ordinal);

    private static string LockFileHash() =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Directory, "package-lock.json"))));

    private static async Task NpmCiAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        var start = new ProcessStartInfo(NodeJs.Npm!)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }
        var result = await ProcessRunner.RunAsync(start, standardInput: null, timeout.Token).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {Directory} (exit {result.ExitCode}):{Environment.NewLine}{result.StandardError}{result.StandardOutput}");
        }
    }

    /// <summary>An exclusive lock on a file in the temp folder, keyed by this checkout's tools folder.</summary>
    private static async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Directory)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"pbxbot-npm-ci-{key}.lock");
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < InstallTimeout)
            {
                // Held by another test process installing the same folder: wait for it to finish.
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "js");
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }
        throw new InvalidOperationException($"tests/js not found above {AppContext.BaseDirectory} nor the sources; set {DirectoryVariable}.");
    }

    /// <summary>This file's folder at build time: finds the checkout even when the build output lives elsewhere (--artifacts-path).</summary>
    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
