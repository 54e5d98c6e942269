using System.Buffers;

namespace PbxBot.Csv;

/// <summary>
/// The whole uploaded file, held once in a pooled array: detecting Windows-1252 needs every byte checked before
/// the first cell is decoded, and the CSV reader then reads these bytes in place.
/// </summary>
internal sealed class FileBytes : IDisposable
{
    private byte[]? array;

    public FileBytes(byte[] array, int length)
    {
        this.array = array;
        Length = length;
    }

    public int Length { get; }

    public byte[] Array => array ?? throw new ObjectDisposedException(nameof(FileBytes));

    public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

    public void Dispose()
    {
        if (array is not null)
        {
            ArrayPool<byte>.Shared.Return(array);
            array = null;
        }
    }
}
