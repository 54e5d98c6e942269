using System.Diagnostics.CodeAnalysis;

namespace PbxBot.Csv;

/// <summary>Either the file that was read or the reason it could not be: never both.</summary>
public sealed class ExtensionCsvReadResult
{
    private ExtensionCsvReadResult(ExtensionCsvFile? file, CsvError? error)
    {
        File = file;
        Error = error;
    }

    public ExtensionCsvFile? File { get; }

    public CsvError? Error { get; }

    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => File is not null;

    public static ExtensionCsvReadResult Success(ExtensionCsvFile file) => new(file ?? throw new ArgumentNullException(nameof(file)), null);

    public static ExtensionCsvReadResult Failure(CsvError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
