namespace PbxBot.Csv.Tests.Fixtures;

/// <summary>The committed sample files, read from the test's output folder.</summary>
internal static class FixtureFiles
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Files", name));

    public static ExtensionCsvReadResult Read(string name, CsvLimits? limits = null)
    {
        using var stream = new MemoryStream(Bytes(name), writable: false);
        return ExtensionCsvReader.Read(stream, limits);
    }

    /// <summary>The file read, failing the test with the error's sentence if it could not be.</summary>
    public static ExtensionCsvFile ReadFile(string name) => TestCsv.Succeeds(Read(name));
}
