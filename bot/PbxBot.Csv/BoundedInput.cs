using System.Buffers;

namespace PbxBot.Csv;

/// <summary>
/// Reads a stream into memory without ever taking more than the limit plus one byte from it: a seekable stream
/// that is too long is refused from its length alone, any other is refused as soon as it yields one byte too many.
/// </summary>
internal static class BoundedInput
{
    private const int FirstChunk = 64 * 1024;

    /// <summary>The bytes, or null when the stream holds more than <paramref name="maxBytes"/>.</summary>
    public static FileBytes? Read(Stream input, long maxBytes)
    {
        if (!TryStart(input, maxBytes, out var buffer, out var cap))
        {
            return null;
        }
        var length = 0;
        try
        {
            while (true)
            {
                var room = Math.Min(buffer.Length, cap) - length;
                if (room == 0)
                {
                    buffer = Grow(buffer, length, cap);
                    continue;
                }
                var read = input.Read(buffer, length, room);
                if (read == 0)
                {
                    return Keep(ref buffer, length);
                }
                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            Release(buffer);
        }
    }

    /// <inheritdoc cref="Read"/>
    public static async Task<FileBytes?> ReadAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        if (!TryStart(input, maxBytes, out var buffer, out var cap))
        {
            return null;
        }
        var length = 0;
        try
        {
            while (true)
            {
                var room = Math.Min(buffer.Length, cap) - length;
                if (room == 0)
                {
                    buffer = Grow(buffer, length, cap);
                    continue;
                }
                var read = await input.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return Keep(ref buffer, length);
                }
                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            Release(buffer);
        }
    }

    private static bool TryStart(Stream input, long maxBytes, out byte[] buffer, out int cap)
    {
        // One byte past the limit is enough to know the file is too large.
        cap = checked((int)(maxBytes + 1));
        var first = Math.Min(cap, FirstChunk);
        if (input.CanSeek)
        {
            var remaining = input.Length - input.Position;
            if (remaining > maxBytes)
            {
                buffer = [];
                return false;
            }
            // Room for one more byte than announced, to notice a stream still growing.
            first = (int)remaining + 1;
        }
        buffer = ArrayPool<byte>.Shared.Rent(first);
        return true;
    }

    private static byte[] Grow(byte[] buffer, int length, int cap)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(cap, buffer.Length * 2L));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static FileBytes Keep(ref byte[] buffer, int length)
    {
        var kept = new FileBytes(buffer, length);
        buffer = [];
        return kept;
    }

    private static void Release(byte[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
