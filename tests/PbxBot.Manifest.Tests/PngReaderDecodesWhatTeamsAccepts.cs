using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// The icon checks rest on <see cref="PngImage"/>: it must decode every row filter and the colour types an image
/// editor may save an icon with, or a re-exported icon would be judged on garbage.
/// </summary>
public sealed class PngReaderDecodesWhatTeamsAccepts
{
    private static readonly Rgba[] Expected =
    [
        new(255, 255, 255, 0), new(255, 255, 255, 128), new(255, 255, 255, 255),
        new(10, 200, 30, 255), new(0, 0, 0, 0), new(250, 5, 100, 77),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RgbaImage_DecodesWithEveryRowFilter(byte filter)
    {
        var png = Encode(3, 2, colourType: 6, Expected.SelectMany(p => new[] { p.R, p.G, p.B, p.A }).ToArray(), filter);

        var image = PngImage.Read(png);

        Assert.Equal((3, 2), (image.Width, image.Height));
        Assert.Equal(Expected, image.Pixels);
    }

    [Fact]
    public void GreyAlphaImage_DecodesToRgba()
    {
        var png = Encode(2, 1, colourType: 4, [255, 0, 90, 200], filter: 4);

        var image = PngImage.Read(png);

        Assert.Equal([new Rgba(255, 255, 255, 0), new Rgba(90, 90, 90, 200)], image.Pixels);
    }

    [Fact]
    public void NotAPng_IsRefused()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.Read("GIF89a.........."u8));
    }

    /// <summary>A PNG whose rows all use <paramref name="filter"/>, filtered as the spec says an encoder does.</summary>
    private static byte[] Encode(int width, int height, byte colourType, byte[] samples, byte filter)
    {
        var bpp = samples.Length / (width * height);
        var stride = width * bpp;
        var raw = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            raw[y * (stride + 1)] = filter;
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bpp ? samples[(y * stride) + x - bpp] : 0;
                int up = y > 0 ? samples[((y - 1) * stride) + x] : 0;
                int upLeft = x >= bpp && y > 0 ? samples[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => PaethReference(left, up, upLeft),
                    _ => 0,
                };
                raw[(y * (stride + 1)) + 1 + x] = (byte)(samples[(y * stride) + x] - predictor);
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = colourType;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    // The spec's own formulation (PNG §9.4), written independently of the reader's.
    private static int PaethReference(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        if (pa <= pb && pa <= pc)
        {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(body);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
