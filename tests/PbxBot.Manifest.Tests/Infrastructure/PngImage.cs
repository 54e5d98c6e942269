using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PbxBot.Manifest.Tests.Infrastructure;

public readonly record struct Rgba(byte R, byte G, byte B, byte A);

/// <summary>
/// A minimal PNG reader for checking icons: 8-bit greyscale, RGB, palette, grey+alpha and RGBA images, not interlaced,
/// every filter type, tRNS transparency. Enough for what Teams accepts as an app icon; anything else is refused.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly Rgba[] pixels;

    private PngImage(int width, int height, Rgba[] pixels)
    {
        Width = width;
        Height = height;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public Rgba this[int x, int y] => pixels[(y * Width) + x];

    public IEnumerable<Rgba> Pixels => pixels;

    public static PngImage Read(string path) => Read(File.ReadAllBytes(path));

    public static PngImage Read(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file (bad signature)");
        }
        int width = 0, height = 0, colourType = -1;
        byte[] palette = [];
        byte[] transparency = [];
        using var compressed = new MemoryStream();
        for (var at = Signature.Length; at < png.Length;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png[at..]));
            var type = Encoding.ASCII.GetString(png.Slice(at + 4, 4));
            var data = png.Slice(at + 8, length);
            at += 12 + length; // length, type, data, CRC
            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    colourType = data[9];
                    if (data[8] != 8 || data[12] != 0)
                    {
                        throw new NotSupportedException($"only 8-bit, non-interlaced PNGs are read (bit depth {data[8]}, interlace {data[12]})");
                    }
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    at = png.Length;
                    break;
            }
        }
        var channels = colourType switch
        {
            0 => 1, // grey
            2 => 3, // RGB
            3 => 1, // palette index
            4 => 2, // grey + alpha
            6 => 4, // RGBA
            _ => throw new NotSupportedException($"PNG colour type {colourType}"),
        };
        var scanlines = Unfilter(Inflate(compressed), width, height, channels);
        var pixels = new Rgba[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = scanlines.AsSpan(i * channels, channels);
            pixels[i] = colourType switch
            {
                0 => new Rgba(p[0], p[0], p[0], transparency.Length >= 2 && transparency[1] == p[0] ? (byte)0 : (byte)255),
                2 => new Rgba(p[0], p[1], p[2], IsTransparentRgb(transparency, p) ? (byte)0 : (byte)255),
                3 => new Rgba(palette[p[0] * 3], palette[(p[0] * 3) + 1], palette[(p[0] * 3) + 2], p[0] < transparency.Length ? transparency[p[0]] : (byte)255),
                4 => new Rgba(p[0], p[0], p[0], p[1]),
                _ => new Rgba(p[0], p[1], p[2], p[3]),
            };
        }
        return new PngImage(width, height, pixels);
    }

    // tRNS for RGB images: one 16-bit sample per channel naming the single transparent colour.
    private static bool IsTransparentRgb(byte[] trns, ReadOnlySpan<byte> p) =>
        trns.Length >= 6 && trns[1] == p[0] && trns[3] == p[1] && trns[5] == p[2];

    private static byte[] Inflate(MemoryStream compressed)
    {
        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        return raw.ToArray();
    }

    /// <summary>Undoes the per-row filters (PNG spec §9): None, Sub, Up, Average, Paeth.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (raw.Length < (stride + 1) * height)
        {
            throw new InvalidDataException("PNG image data is shorter than its size says");
        }
        var image = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? image[(y * stride) + x - bytesPerPixel] : 0;
                int up = y > 0 ? image[((y - 1) * stride) + x] : 0;
                int upLeft = x >= bytesPerPixel && y > 0 ? image[((y - 1) * stride) + x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter type {filter}"),
                };
                image[(y * stride) + x] = (byte)(raw[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }
        return image;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
