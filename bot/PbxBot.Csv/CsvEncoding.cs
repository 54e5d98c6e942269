namespace PbxBot.Csv;

/// <summary>The character encoding a file was found in.</summary>
public enum CsvEncoding
{
    /// <summary>UTF-8 starting with a byte order mark, as Excel's "CSV UTF-8" and 3CX write it.</summary>
    Utf8WithBom,

    /// <summary>UTF-8 without byte order mark (LibreOffice, scripts).</summary>
    Utf8,

    /// <summary>Windows-1252, as French Excel's plain "CSV (séparateur : point-virgule)" writes it.</summary>
    Windows1252,

    /// <summary>UTF-16 with a byte order mark, as Excel's "Texte Unicode" writes it (tab-separated).</summary>
    Utf16,
}
