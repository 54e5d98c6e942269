using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// The outline icon is white on a transparent background and nothing else (Teams recolours it for its themes):
/// edges are smoothed with transparency, never with grey.
/// </summary>
public sealed class OutlineIconIsWhiteOnTransparent
{
    private static readonly PngImage Icon = PngImage.Read(Path.Combine(RepositoryPaths.Manifest, "outline.png"));

    [Fact]
    public void EveryVisiblePixel_IsWhite()
    {
        var offending = Icon.Pixels.Where(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255)).ToList();

        Assert.True(offending.Count == 0, $"{offending.Count} visible pixels are not white, e.g. {offending.FirstOrDefault()}");
    }

    [Fact]
    public void Background_IsTransparent()
    {
        Assert.All(new[] { Icon[0, 0], Icon[31, 0], Icon[0, 31], Icon[31, 31] }, corner => Assert.Equal(0, corner.A));
        Assert.True(Icon.Pixels.Count(p => p.A == 0) > Icon.Width * Icon.Height / 3, "most of the outline icon should be transparent");
    }

    [Fact]
    public void Symbol_IsSolidWhereItIsDrawn()
    {
        Assert.True(Icon.Pixels.Count(p => p.A == 255) >= 100, "the handset should cover at least 100 fully opaque pixels");
    }
}
