using System.IO.Compression;
using System.Text.Json.Nodes;

namespace PbxBot.Manifest.Tests.Infrastructure;

/// <summary>What manifest/pack.sh produced for the test bot identity: the zip and its files unpacked.</summary>
public sealed record PackedApp(string ZipPath, string Folder, IReadOnlyList<string> EntryNames)
{
    public JsonNode ReadJson(string entry) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, entry)))!;

    public string ReadText(string entry) => File.ReadAllText(Path.Combine(Folder, entry));

    public byte[] ReadBytes(string entry) => File.ReadAllBytes(Path.Combine(Folder, entry));
}

/// <summary>
/// Runs manifest/pack.sh once per test run (into a temp folder, never manifest/build) with a test app id and
/// domain, and unpacks the zip, so every test looks at exactly what an admin would upload to Teams.
/// </summary>
public sealed class AppPackage : IDisposable
{
    public const string TestBotAppId = "5f0c7a2e-3b1d-4c8e-9a6f-2d4b8e1c7a90";
    public const string TestBotDomain = "pbxbot.contoso.example";

    private static readonly string[] PackScriptSettings = ["BOT_APP_ID", "BOT_DOMAIN", "APP_VERSION", "WEBSITE_URL", "PRIVACY_URL", "TERMS_URL"];

    private readonly DirectoryInfo workspace = Directory.CreateTempSubdirectory("pbxbot-manifest-");
    private readonly SemaphoreSlim gate = new(1, 1);
    private PackedApp? packed;

    public async Task<PackedApp> PackAsync(CancellationToken cancellationToken)
    {
        Tools.RequirePackScript();
        await gate.WaitAsync(cancellationToken);
        try
        {
            return packed ??= await PackOnceAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Runs pack.sh into a fresh folder of the workspace with the given arguments and settings; pack.sh's other
    /// settings are blanked so that none comes from the environment the tests happen to run in.
    /// </summary>
    public async Task<(ProcessResult Result, string ZipPath)> RunPackScriptAsync(
        string[] arguments, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        Tools.RequirePackScript();
        var zip = Path.Combine(workspace.CreateSubdirectory(Guid.NewGuid().ToString("N")).FullName, "pbxbot-teams.zip");
        var env = PackScriptSettings.ToDictionary(name => name, _ => "");
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }
        env["OUTPUT"] = zip;
        var result = await ProcessRunner.RunAsync(
            "bash", [RepositoryPaths.PackScript, .. arguments], RepositoryPaths.Root, TimeSpan.FromMinutes(1), env, cancellationToken);
        return (result, zip);
    }

    private async Task<PackedApp> PackOnceAsync(CancellationToken cancellationToken)
    {
        var (result, zip) = await RunPackScriptAsync([TestBotAppId, TestBotDomain], null, cancellationToken);
        if (result.ExitCode != 0 || !File.Exists(zip))
        {
            throw new InvalidOperationException($"pack.sh failed: {result}");
        }
        var folder = workspace.CreateSubdirectory("unpacked").FullName;
        using var archive = ZipFile.OpenRead(zip);
        archive.ExtractToDirectory(folder);
        return new PackedApp(zip, folder, archive.Entries.Select(e => e.FullName).ToList());
    }

    public void Dispose()
    {
        gate.Dispose();
        workspace.Delete(recursive: true);
    }
}
