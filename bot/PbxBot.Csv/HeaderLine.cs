using System.Buffers.Binary;

namespace PbxBot.Csv;

/// <summary>
/// Finds the header line (the first with something in it) and the delimiter it uses: Excel's <c>sep=;</c> line when
/// there is one, otherwise whichever of <c>;</c>, <c>,</c> and tab occurs most outside quotes in the header.
/// Works on the raw bytes: those characters are ASCII in every encoding read here.
/// </summary>
internal readonly record struct HeaderLine(char Delimiter, int? HintLine)
{
    public const string Candidates = ";,\t";

    public static HeaderLine Find(ReadOnlySpan<byte> text, DetectedEncoding encoding)
    {
        var units = new Units(text, encoding.UnitWidth, encoding.BigEndian);
        var position = 0;
        var line = 1;
        int? hintLine = null;
        char? hint = null;
        char? blankRowDelimiter = null;
        while (position < units.Count)
        {
            var (start, end, next, lines) = NextLine(units, position);
            if (IsBlank(units, start, end))
            {
                // A file of empty rows only (";;;"): parsed with its own delimiter, its rows are empty, not a header.
                blankRowDelimiter ??= MostFrequent(units, start, end);
            }
            else
            {
                if (hint is null && SeparatorHint(units, start, end) is { } declared)
                {
                    hint = declared;
                    hintLine = line;
                }
                else
                {
                    return new(hint ?? MostFrequent(units, start, end) ?? ',', hintLine);
                }
            }
            position = next;
            line += lines;
        }
        return new(hint ?? blankRowDelimiter ?? ',', hintLine);
    }

    /// <summary>The line from <paramref name="position"/>: its end, where the next one starts, and how many lines it spans (a quoted field can hold line breaks).</summary>
    private static (int Start, int End, int Next, int Lines) NextLine(Units units, int position)
    {
        var quoted = false;
        var lines = 1;
        for (var i = position; i < units.Count; i++)
        {
            var c = units[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c is '\r' or '\n')
            {
                var crlf = c == '\r' && i + 1 < units.Count && units[i + 1] == '\n';
                if (!quoted)
                {
                    return (position, i, i + (crlf ? 2 : 1), lines);
                }
                lines++;
                if (crlf)
                {
                    i++;
                }
            }
        }
        return (position, units.Count, units.Count, lines);
    }

    /// <summary>Spaces and delimiters only: a line Excel leaves for an empty row.</summary>
    private static bool IsBlank(Units units, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (units[i] is not (' ' or '\t' or ';' or ','))
            {
                return false;
            }
        }
        return true;
    }

    private static char? SeparatorHint(Units units, int start, int end)
    {
        while (end > start && units[end - 1] == ' ')
        {
            end--;
        }
        if (end - start != 5 || char.ToLowerInvariant(units[start]) != 's' || char.ToLowerInvariant(units[start + 1]) != 'e'
            || char.ToLowerInvariant(units[start + 2]) != 'p' || units[start + 3] != '=')
        {
            return null;
        }
        var declared = units[start + 4];
        return Candidates.Contains(declared, StringComparison.Ordinal) ? declared : null;
    }

    /// <summary>The candidate found most often outside quotes, or null when none is.</summary>
    private static char? MostFrequent(Units units, int start, int end)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            var c = units[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Candidates.IndexOf(c, StringComparison.Ordinal) is var k and >= 0)
            {
                counts[k]++;
            }
        }
        // Ties go to ';' first: a French file's names may hold commas, its header none.
        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }
        return counts[best] == 0 ? null : Candidates[best];
    }

    /// <summary>The text as code units: bytes, or UTF-16 units read in either byte order.</summary>
    private readonly ref struct Units(ReadOnlySpan<byte> bytes, int width, bool bigEndian)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;

        public int Count => bytes.Length / width;

        public char this[int index] => width == 1
            ? (char)bytes[index]
            : (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[(2 * index)..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * index)..]));
    }
}
