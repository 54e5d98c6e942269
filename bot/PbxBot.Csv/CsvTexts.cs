using System.Globalization;
using PbxBot.Domain;

namespace PbxBot.Csv;

/// <summary>
/// The sentence of every file-level error, in French and English: what is wrong, where, and what to do, with the
/// limit that was passed (« Le fichier dépasse 2 Mo… »).
/// </summary>
public static class CsvTexts
{
    private const int UnknownShown = 5;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Header of the error report's line column.</summary>
    public static Text LineColumn { get; } = new("Ligne", "Line");

    /// <summary>Header of the error report's messages column.</summary>
    public static Text ErrorsColumn { get; } = new("Erreurs", "Errors");

    public static string Describe(CsvError error, Language language) => Describe(error).In(language);

    public static Text Describe(CsvError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            CsvErrorCode.EmptyFile => new(
                "Le fichier est vide : envoyez le modèle rempli ou un export des extensions de la console 3CX.",
                "The file is empty: send the filled-in template or an extension export from the 3CX console."),
            CsvErrorCode.NotACsvFile => new(
                "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel) : dans Excel, choisissez Fichier › Enregistrer sous › « CSV UTF-8 » ou « CSV (séparateur : point-virgule) », puis renvoyez-le.",
                "This is not a CSV file (perhaps an Excel workbook): in Excel choose File › Save As › \"CSV UTF-8\" or \"CSV (Comma delimited)\", then send it again."),
            CsvErrorCode.FileTooLarge => Both(
                "Le fichier dépasse {0} : découpez-le en plusieurs fichiers plus petits.",
                "The file is larger than {0}: split it into several smaller files.",
                l => Size(error.Limit ?? CsvLimits.DefaultMaxBytes, l)),
            CsvErrorCode.HeaderNotRecognised => Both(
                "La ligne {0} doit être l'en-tête du modèle ({1}) ou d'un export 3CX : {2}.",
                "Line {0} must be the header of the template ({1}) or of a 3CX export: {2}.",
                l => Number(error.Line ?? 1, l), TemplateHeaders, l => HeaderProblems(error, l)),
            CsvErrorCode.DuplicateColumn => Both(
                "Les colonnes « {0} » et « {1} » de l'en-tête (ligne {2}) désignent la même chose : supprimez l'une des deux.",
                "Header columns \"{0}\" and \"{1}\" (line {2}) mean the same thing: delete one of them.",
                _ => error.PreviousColumn ?? error.Column, _ => error.Column, l => Number(error.Line ?? 1, l)),
            CsvErrorCode.NoRows => new(
                "Le fichier ne contient aucune extension : ajoutez une ligne par extension sous l'en-tête.",
                "The file holds no extension: add one row per extension under the header."),
            CsvErrorCode.TooManyRows => Both(
                "Le fichier contient plus de {0} extensions : découpez-le en plusieurs fichiers de {0} lignes au plus.",
                "The file holds more than {0} extensions: split it into files of at most {0} rows each.",
                l => Number(error.Limit ?? CsvLimits.DefaultMaxRows, l)),
            CsvErrorCode.UnterminatedQuote => Both(
                "Ligne {0} : un guillemet (\") ouvre une valeur qui n'est jamais refermée, si bien que la suite du fichier s'y retrouve : ajoutez le guillemet fermant ou retirez celui-ci.",
                "Line {0}: a quote (\") opens a value that is never closed, so the rest of the file ran into it: add the closing quote or remove this one.",
                l => Number(error.Line ?? 1, l)),
            CsvErrorCode.TooManyCells => Both(
                "Ligne {0} : {1} cellules alors que l'en-tête en a {2} ; une valeur contient sans doute {3} sans guillemets : mettez-la entre guillemets ou retirez ce caractère.",
                "Line {0}: {1} cells but the header has {2}; a value probably holds {3} without quotes: put it in quotes or remove that character.",
                l => Number(error.Line ?? 1, l), l => Number(error.CellCount ?? 0, l), l => Number(error.HeaderCellCount ?? 0, l), l => DelimiterName(error.Delimiter, l)),
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Code, null),
        };
    }

    /// <summary>A size as an admin reads it: 2 Mo / 2 MB, 1,5 Mo, 500 Ko, 10 octets.</summary>
    public static string Size(long bytes, Language language)
    {
        var culture = Culture(language);
        var (value, unit) = bytes switch
        {
            >= 1024 * 1024 => (bytes / (1024.0 * 1024), language == Language.French ? "Mo" : "MB"),
            >= 1024 => (bytes / 1024.0, language == Language.French ? "Ko" : "KB"),
            _ => (bytes, language == Language.French ? "octets" : "bytes"),
        };
        return string.Create(culture, $"{value:0.#} {unit}");
    }

    private static Text Both(string french, string english, params Func<Language, string?>[] args) => new(
        string.Format(French, french, args.Select(a => (object?)a(Language.French)).ToArray()),
        string.Format(English, english, args.Select(a => (object?)a(Language.English)).ToArray()));

    private static CultureInfo Culture(Language language) => language == Language.French ? French : English;

    private static string Number(long value, Language language) => value.ToString("N0", Culture(language));

    private static string TemplateHeaders(Language language) =>
        string.Join(language == Language.French ? " ; " : ", ", ExtensionCsvColumns.All.Select(c => c.TemplateHeader(language)));

    private static string HeaderProblems(CsvError error, Language language)
    {
        var parts = new List<string>();
        if (error.MissingColumns.Count > 0)
        {
            var missing = string.Join(", ", error.MissingColumns.Select(c => $"{c.TemplateHeader(language)} ({c.ThreeCxHeader()})"));
            parts.Add(language == Language.French ? $"il manque {missing}" : $"{missing} missing");
        }
        if (error.UnknownColumns.Count > 0)
        {
            var shown = error.UnknownColumns.Take(UnknownShown).Select(c => language == Language.French ? $"« {c} »" : $"\"{c}\"");
            var unknown = string.Join(", ", shown) + (error.UnknownColumns.Count > UnknownShown ? "…" : "");
            parts.Add(language == Language.French ? $"colonnes inconnues {unknown}" : $"unknown columns {unknown}");
        }
        if (parts.Count == 0)
        {
            parts.Add(language == Language.French ? "elle ne nomme aucune colonne connue" : "it names no known column");
        }
        return string.Join(language == Language.French ? " ; " : "; ", parts);
    }

    private static string DelimiterName(char? delimiter, Language language) => (delimiter, language) switch
    {
        ('\t', Language.French) => "une tabulation",
        ('\t', _) => "a tab",
        (null, Language.French) => "le séparateur",
        (null, _) => "the delimiter",
        ({ } c, Language.French) => $"un « {c} »",
        ({ } c, _) => $"a \"{c}\"",
    };
}
