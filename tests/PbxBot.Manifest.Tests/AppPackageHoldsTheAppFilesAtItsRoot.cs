using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// pack.sh makes the zip Teams expects: the manifest, its language file and both icons at the root (no folder), with
/// the bot's app id and domain filled in everywhere a placeholder stood.
/// </summary>
public sealed class AppPackageHoldsTheAppFilesAtItsRoot(AppPackage package)
{
    [Fact]
    public async Task Zip_HoldsExactlyTheFourAppFiles_AtItsRoot()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], app.EntryNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Icons_AreCopiedUnchanged()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Manifest, "color.png"), TestContext.Current.CancellationToken), app.ReadBytes("color.png"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Manifest, "outline.png"), TestContext.Current.CancellationToken), app.ReadBytes("outline.png"));
    }

    [Fact]
    public async Task AppIdAndBotId_AreTheBotsMicrosoftAppId()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);
        var manifest = app.ReadJson("manifest.json");

        Assert.Equal(AppPackage.TestBotAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppPackage.TestBotAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
    }

    [Fact]
    public async Task BotDomain_IsTheOnlyValidDomain_AndHostsTheDeveloperPages()
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);
        var manifest = app.ReadJson("manifest.json");

        Assert.Equal([AppPackage.TestBotDomain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        var developer = manifest["developer"]!;
        Assert.Equal($"https://{AppPackage.TestBotDomain}/", developer["websiteUrl"]!.GetValue<string>());
        Assert.Equal($"https://{AppPackage.TestBotDomain}/privacy", developer["privacyUrl"]!.GetValue<string>());
        Assert.Equal($"https://{AppPackage.TestBotDomain}/terms", developer["termsOfUseUrl"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en.json")]
    public async Task NoPlaceholder_IsLeft(string file)
    {
        var app = await package.PackAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain("{{", app.ReadText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppVersion_CanBeRaisedForAnUpdate()
    {
        var (result, zip) = await package.RunPackScriptAsync(
            [AppPackage.TestBotAppId, AppPackage.TestBotDomain], new Dictionary<string, string> { ["APP_VERSION"] = "1.4.2" },
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var archive = System.IO.Compression.ZipFile.OpenRead(zip);
        using var manifest = archive.GetEntry("manifest.json")!.Open();
        var json = await System.Text.Json.Nodes.JsonNode.ParseAsync(manifest, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("1.4.2", json!["version"]!.GetValue<string>());
    }
}
