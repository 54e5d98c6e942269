using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>Teams requires a 192×192 full-colour icon and a 32×32 outline icon, named by the manifest.</summary>
public sealed class IconsHaveTheSizesTeamsRequires
{
    private static readonly JsonNode Manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifest, "manifest.json")))!;

    private static PngImage Icon(string kind) => PngImage.Read(Path.Combine(RepositoryPaths.Manifest, Manifest["icons"]![kind]!.GetValue<string>()));

    [Fact]
    public void ColorIcon_Is192By192()
    {
        var icon = Icon("color");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_Is32By32()
    {
        var icon = Icon("outline");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void ColorIcon_IsOpaque_OnTheManifestsAccentColour()
    {
        // Teams shows the colour icon full bleed on a tile of the accent colour: the two must agree.
        var icon = Icon("color");
        var accent = Manifest["accentColor"]!.GetValue<string>();
        var expected = new Rgba(
            byte.Parse(accent.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(accent.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(accent.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            255);

        Assert.All(icon.Pixels, p => Assert.Equal(255, p.A));
        Assert.Equal(expected, icon[0, 0]);
        Assert.Equal(expected, icon[191, 191]);
    }

    [Fact]
    public void ColorIcon_DrawsASymbolOnItsBackground()
    {
        var icon = Icon("color");
        var background = icon[0, 0];

        var symbolShare = icon.Pixels.Count(p => p != background) / (double)(icon.Width * icon.Height);

        Assert.InRange(symbolShare, 0.05, 0.6);
    }
}
