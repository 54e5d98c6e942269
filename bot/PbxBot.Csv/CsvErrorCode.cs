namespace PbxBot.Csv;

/// <summary>What is wrong with a file as a whole, so that no row of it can be taken (<see cref="CsvTexts"/> words each one).</summary>
public enum CsvErrorCode
{
    /// <summary>No bytes, or nothing but blank lines and empty cells.</summary>
    EmptyFile,

    /// <summary>Not text: an Excel workbook (.xlsx/.xls), a PDF, an image…</summary>
    NotACsvFile,

    /// <summary>More bytes than <see cref="CsvLimits.MaxBytes"/>.</summary>
    FileTooLarge,

    /// <summary>The first line does not name the columns needed (see <see cref="CsvError.MissingColumns"/> and <see cref="CsvError.UnknownColumns"/>).</summary>
    HeaderNotRecognised,

    /// <summary>Two header cells name the same field (<see cref="CsvError.Column"/>).</summary>
    DuplicateColumn,

    /// <summary>A header but no extension under it.</summary>
    NoRows,

    /// <summary>More extension rows than <see cref="CsvLimits.MaxRows"/>.</summary>
    TooManyRows,

    /// <summary>A quoted field opened at <see cref="CsvError.Line"/> is never closed, so the rest of the file ran into it.</summary>
    UnterminatedQuote,

    /// <summary>The record at <see cref="CsvError.Line"/> has filled cells past the last column: a delimiter in a value was not quoted, so its cells shifted.</summary>
    TooManyCells,
}
