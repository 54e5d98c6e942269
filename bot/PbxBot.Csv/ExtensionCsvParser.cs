using CsvHelper;

namespace PbxBot.Csv;

/// <summary>Turns the bytes of a file into rows: CsvHelper does the CSV, this decides what the records mean.</summary>
internal static class ExtensionCsvParser
{
    public static ExtensionCsvReadResult Parse(FileBytes bytes, CsvLimits limits)
    {
        if (DetectedEncoding.Of(bytes.Span) is not { } encoding)
        {
            return Fail(new CsvError(CsvErrorCode.NotACsvFile));
        }
        var text = bytes.Span[encoding.BomLength..];
        var header = HeaderLine.Find(text, encoding);
        int? unterminatedAt = null;
        var options = CsvReaderOptions.Default with
        {
            Separator = header.Delimiter,
            HasHeader = false,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            PoolStrings = true,
            // A stray quote inside a value is kept as text; only a quote never closed loses data, so only that is an error.
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unterminatedAt ??= (int)record.LineNumber;
                }
            },
            Encoding = encoding.Kind is CsvEncoding.Utf8 or CsvEncoding.Utf8WithBom ? null : encoding.Text,
        };
        using var csv = options.Encoding is null
            ? CsvReader.Create(bytes.Array.AsMemory(encoding.BomLength, text.Length), options)
            : CsvReader.Create(new MemoryStream(bytes.Array, encoding.BomLength, text.Length, writable: false), options, leaveOpen: false);
        return new Records(csv, header, limits, () => unterminatedAt).Read(encoding.Kind);
    }

    private static ExtensionCsvReadResult Fail(CsvError error) => ExtensionCsvReadResult.Failure(error);

    private sealed class Records(CsvReader csv, HeaderLine header, CsvLimits limits, Func<int?> unterminatedAt)
    {
        private readonly List<ExtensionCsvRow> rows = [];
        private HeaderMap? map;
        private int headerLine;
        private int examples;

        public ExtensionCsvReadResult Read(CsvEncoding encoding)
        {
            while (csv.Read())
            {
                if (unterminatedAt() is { } at)
                {
                    return Fail(new CsvError(CsvErrorCode.UnterminatedQuote) { Line = at, Delimiter = header.Delimiter });
                }
                var line = (int)csv.LineNumber;
                if (line == header.HintLine || IsEmptyRecord())
                {
                    continue;
                }
                if (map is null)
                {
                    var (recognised, error) = HeaderMap.Recognise(Cells(), line);
                    if (error is not null)
                    {
                        return Fail(error);
                    }
                    (map, headerLine) = (recognised, line);
                    continue;
                }
                if (TooManyCells(map, line) is { } shifted)
                {
                    return Fail(shifted);
                }
                var row = Row(map, line);
                if (map.Format == CsvFormat.Template && TemplateExample.IsMarked(row.Number))
                {
                    examples++;
                    continue;
                }
                if (rows.Count == limits.MaxRows)
                {
                    return Fail(new CsvError(CsvErrorCode.TooManyRows) { Line = line, Limit = limits.MaxRows });
                }
                rows.Add(row);
            }
            if (unterminatedAt() is { } last)
            {
                return Fail(new CsvError(CsvErrorCode.UnterminatedQuote) { Line = last, Delimiter = header.Delimiter });
            }
            if (map is null)
            {
                return Fail(new CsvError(CsvErrorCode.EmptyFile));
            }
            if (rows.Count == 0)
            {
                return Fail(new CsvError(CsvErrorCode.NoRows) { Line = headerLine });
            }
            return ExtensionCsvReadResult.Success(new ExtensionCsvFile
            {
                Format = map.Format,
                Encoding = encoding,
                Delimiter = header.Delimiter,
                HeaderLine = headerLine,
                Rows = rows,
                IgnoredColumns = map.Ignored,
                ExampleRowsSkipped = examples,
            });
        }

        private bool IsEmptyRecord()
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (!string.IsNullOrWhiteSpace(csv.GetString(i)))
                {
                    return false;
                }
            }
            return true;
        }

        private string[] Cells()
        {
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }
            return cells;
        }

        /// <summary>Filled cells past the header's last column: the record's cells shifted, so none of them can be trusted.</summary>
        private CsvError? TooManyCells(HeaderMap columns, int line)
        {
            for (var i = columns.CellCount; i < csv.FieldCount; i++)
            {
                if (!string.IsNullOrWhiteSpace(csv.GetString(i)))
                {
                    return new CsvError(CsvErrorCode.TooManyCells) { Line = line, CellCount = csv.FieldCount, HeaderCellCount = columns.CellCount, Delimiter = header.Delimiter };
                }
            }
            return null;
        }

        private ExtensionCsvRow Row(HeaderMap columns, int line)
        {
            var role = Cell(columns, ExtensionCsvColumn.Role);
            return new ExtensionCsvRow
            {
                Line = line,
                Number = Cell(columns, ExtensionCsvColumn.Number),
                FirstName = Cell(columns, ExtensionCsvColumn.FirstName),
                LastName = Cell(columns, ExtensionCsvColumn.LastName),
                Email = Cell(columns, ExtensionCsvColumn.Email),
                Mobile = Cell(columns, ExtensionCsvColumn.Mobile),
                Department = Cell(columns, ExtensionCsvColumn.Department),
                Role = columns.Format == CsvFormat.ThreeCxExport ? ThreeCxRole.Unwrap(role) : role,
                Require2FA = Cell(columns, ExtensionCsvColumn.Require2FA),
                Did = Cell(columns, ExtensionCsvColumn.Did),
            };
        }

        /// <summary>Trimmed, null when empty, and without the <c>'</c> our writer put in front of a formula-like value.</summary>
        private string? Cell(HeaderMap columns, ExtensionCsvColumn column)
        {
            var index = columns.IndexOf(column);
            if (index < 0 || index >= csv.FieldCount)
            {
                return null;
            }
            var value = csv.GetString(index).Trim();
            return value.Length == 0 ? null : FormulaGuard.Restore(value);
        }
    }
}
