using System.Text.Json.Nodes;
using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// The manifest and its English language file, as pack.sh fills them, pass Microsoft's own JSON schemas for their
/// manifest version (npm @microsoft/app-manifest, applied with Ajv): what Teams checks when an admin uploads the app.
/// </summary>
public sealed class PackagedManifestMatchesTheOfficialTeamsSchema(AppPackage package)
{
    [Fact]
    public async Task ManifestJson_HasNoSchemaError()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);

        var report = await ManifestValidator.ValidateAsync(app.Folder, TestContext.Current.CancellationToken);

        Assert.True(report.For("manifest.json").Errors.Count == 0, report.Output);
    }

    [Fact]
    public async Task EnglishLanguageFile_HasNoLocalizationSchemaError()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);

        var report = await ManifestValidator.ValidateAsync(app.Folder, TestContext.Current.CancellationToken);

        var english = report.For("en.json");
        Assert.EndsWith("MicrosoftTeams.Localization.schema.json", english.Schema);
        Assert.True(english.Errors.Count == 0, report.Output);
    }

    [Fact]
    public async Task TheValidator_ReportsAManifestThatBreaksTheSchema()
    {
        // Proves the check above can fail: the same package with a non-GUID bot id and a missing privacy URL.
        var app = await package.PackAsync(TestContext.Current.CancellationToken);
        var broken = Directory.CreateTempSubdirectory("pbxbot-broken-manifest-").FullName;
        try
        {
            var manifest = app.ReadJson("manifest.json");
            manifest["bots"]![0]!["botId"] = "not-a-guid";
            manifest["developer"]!.AsObject().Remove("privacyUrl");
            var english = app.ReadJson("en.json");
            english["description.short"] = new string('x', 81);
            await File.WriteAllTextAsync(Path.Combine(broken, "manifest.json"), manifest.ToJsonString(), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(broken, "en.json"), english.ToJsonString(), TestContext.Current.CancellationToken);

            var report = await ManifestValidator.ValidateAsync(broken, TestContext.Current.CancellationToken);

            Assert.False(report.IsValid);
            Assert.Contains(report.For("manifest.json").Errors, e => e.StartsWith("/bots/0/botId", StringComparison.Ordinal));
            Assert.Contains(report.For("manifest.json").Errors, e => e.Contains("privacyUrl", StringComparison.Ordinal));
            Assert.Contains(report.For("en.json").Errors, e => e.StartsWith("/description.short", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }
}
