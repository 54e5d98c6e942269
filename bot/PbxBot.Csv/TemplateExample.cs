using PbxBot.Domain;

namespace PbxBot.Csv;

/// <summary>
/// The template's example row. It is an ordinary record, so Excel opens the file cleanly and shows it like any
/// other row, but its number cell says « Exemple : 101 »: the reader skips every template row whose number starts
/// with "Exemple"/"Example" and counts it in <see cref="ExtensionCsvFile.ExampleRowsSkipped"/>. Overwriting that cell with a real
/// number (or emptying it) turns the row into an extension to create.
/// </summary>
internal static class TemplateExample
{
    public static bool IsMarked(string? number)
    {
        if (number is null)
        {
            return false;
        }
        var name = HeaderName.Normalise(number);
        return name.StartsWith("exemple", StringComparison.Ordinal) || name.StartsWith("example", StringComparison.Ordinal);
    }

    /// <summary>Values that survive Excel as text: national phone numbers with spaces are not turned into numbers.</summary>
    public static ExtensionCsvRow Row(Language language) => language == Language.English
        ? new ExtensionCsvRow
        {
            Number = "Example: 101",
            FirstName = "Mary",
            LastName = "Smith",
            Email = "mary.smith@example.com",
            Mobile = "06 12 34 56 78",
            Department = "General",
            Role = Role.Users.Label().English,
            Require2FA = "no",
            Did = "01 80 20 30 40",
        }
        : new ExtensionCsvRow
        {
            Number = "Exemple : 101",
            FirstName = "Marie",
            LastName = "Dupont",
            Email = "marie.dupont@exemple.fr",
            Mobile = "06 12 34 56 78",
            Department = "Général",
            Role = Role.Users.Label().French,
            Require2FA = "non",
            Did = "01 80 20 30 40",
        };
}
