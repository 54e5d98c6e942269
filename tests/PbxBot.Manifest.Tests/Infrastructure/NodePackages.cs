using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PbxBot.Manifest.Tests.Infrastructure;

/// <summary>
/// Installs js/package-lock.json with <c>npm ci</c> the first time a test needs it. Test classes run in parallel
/// and other test processes may share the checkout, hence one install at a time: a semaphore in this process and
/// a lock file between processes.
/// </summary>
public static class NodePackages
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool installed;

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        Tools.RequireNode();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (installed)
            {
                return;
            }
            await using (await AcquireMachineLockAsync(cancellationToken))
            {
                if (!MatchesLockFile())
                {
                    var npm = await ProcessRunner.RunAsync(
                        "npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], RepositoryPaths.NodeTools,
                        TimeSpan.FromMinutes(5), cancellationToken: cancellationToken);
                    if (npm.ExitCode != 0 || !MatchesLockFile())
                    {
                        throw new InvalidOperationException($"npm ci in {RepositoryPaths.NodeTools} failed: {npm}");
                    }
                }
            }
            installed = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Every package of package-lock.json is in node_modules at the locked version.</summary>
    private static bool MatchesLockFile()
    {
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.NodeTools, "package-lock.json")))!;
        foreach (var (location, package) in lockFile["packages"]!.AsObject())
        {
            if (location.Length == 0 || package!["optional"]?.GetValue<bool>() == true)
            {
                continue; // the root project itself, or a package npm skips on this platform
            }
            var installedManifest = Path.Combine(RepositoryPaths.NodeTools, location, "package.json");
            if (!File.Exists(installedManifest))
            {
                return false;
            }
            var version = JsonNode.Parse(File.ReadAllText(installedManifest))!["version"]?.GetValue<string>();
            if (version != package["version"]?.GetValue<string>())
            {
                return false;
            }
        }
        return true;
    }

    private static async Task<FileStream> AcquireMachineLockAsync(CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(RepositoryPaths.NodeTools)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"pbxbot-npm-{key}.lock");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(6));
        while (true)
        {
            try
            {
                // The file stays in the temp folder: deleting it on close would let a waiter lock a stale inode.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another process is installing: poll until it lets go (or the time limit cancels the wait).
                await Task.Delay(TimeSpan.FromMilliseconds(200), limit.Token);
            }
        }
    }
}
