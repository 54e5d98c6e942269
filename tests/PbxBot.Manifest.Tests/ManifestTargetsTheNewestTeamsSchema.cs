using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>The manifest is written for the newest manifest version the official schema package publishes.</summary>
public sealed class ManifestTargetsTheNewestTeamsSchema(AppPackage package)
{
    [Fact]
    public async Task ManifestVersion_IsTheNewestShippedSchema()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);

        var report = await ManifestValidator.ValidateAsync(app.Folder, TestContext.Current.CancellationToken);

        Assert.Equal(report.NewestSchemaVersion, report.ManifestVersion);
    }

    [Fact]
    public async Task SchemaUrls_NameTheManifestVersion()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);
        var manifest = app.ReadJson("manifest.json");
        var version = manifest["manifestVersion"]!.GetValue<string>();

        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json",
            manifest["$schema"]!.GetValue<string>());
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.Localization.schema.json",
            app.ReadJson("en.json")["$schema"]!.GetValue<string>());
    }
}
