using System.Text.Json;

namespace PbxBot.Manifest.Tests.Infrastructure;

public sealed record SchemaCheck(string File, string Schema, IReadOnlyList<string> Errors);

public sealed record ValidationReport(string ManifestVersion, string NewestSchemaVersion, IReadOnlyList<SchemaCheck> Files, string Output)
{
    public bool IsValid => Files.All(f => f.Errors.Count == 0);

    public SchemaCheck For(string file) => Files.Single(f => f.File == file);
}

/// <summary>Runs js/validate-manifest.js: the official Teams JSON schemas (npm @microsoft/app-manifest) applied by Ajv.</summary>
public static class ManifestValidator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ValidationReport> ValidateAsync(string packageFolder, CancellationToken cancellationToken)
    {
        await NodePackages.EnsureInstalledAsync(cancellationToken);
        var run = await ProcessRunner.RunAsync(
            "node", [Path.Combine(RepositoryPaths.NodeTools, "validate-manifest.js"), packageFolder], RepositoryPaths.NodeTools,
            TimeSpan.FromMinutes(1), cancellationToken: cancellationToken);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-manifest.js could not check {packageFolder}: {run}");
        }
        var report = JsonSerializer.Deserialize<ValidationReport>(run.StandardOutput, Json)
            ?? throw new InvalidOperationException($"validate-manifest.js printed no report: {run}");
        return report with { Output = run.StandardOutput };
    }
}
