namespace PbxBot.Csv;

/// <summary>
/// Which header names mean which field. The 3CX names are those of the V20 console's import/export file
/// (Number, FirstName, LastName, EmailAddress, MobileNumber, OutboundCallerID, DID, Role, Department) and of the
/// xAPI <c>Pbx.User</c> (Mobile, Require2FA, Enable2FA); the others are the template's French and English headers and
/// a few synonyms admins use. A lower rank wins when a 3CX file names a field twice (MobileNumber over Mobile).
/// </summary>
internal static class HeaderAliases
{
    private static readonly Dictionary<string, (ExtensionCsvColumn Column, int Rank)> Names = new(StringComparer.Ordinal)
    {
        ["number"] = (ExtensionCsvColumn.Number, 0),
        ["numero"] = (ExtensionCsvColumn.Number, 1),
        ["extension"] = (ExtensionCsvColumn.Number, 2),
        ["poste"] = (ExtensionCsvColumn.Number, 3),
        ["firstname"] = (ExtensionCsvColumn.FirstName, 0),
        ["prenom"] = (ExtensionCsvColumn.FirstName, 1),
        ["lastname"] = (ExtensionCsvColumn.LastName, 0),
        ["nom"] = (ExtensionCsvColumn.LastName, 1),
        ["emailaddress"] = (ExtensionCsvColumn.Email, 0),
        ["email"] = (ExtensionCsvColumn.Email, 1),
        ["adresseemail"] = (ExtensionCsvColumn.Email, 2),
        ["courriel"] = (ExtensionCsvColumn.Email, 3),
        ["mobilenumber"] = (ExtensionCsvColumn.Mobile, 0),
        ["mobile"] = (ExtensionCsvColumn.Mobile, 1),
        ["portable"] = (ExtensionCsvColumn.Mobile, 2),
        ["department"] = (ExtensionCsvColumn.Department, 0),
        ["departement"] = (ExtensionCsvColumn.Department, 1),
        ["group"] = (ExtensionCsvColumn.Department, 2),
        ["groupname"] = (ExtensionCsvColumn.Department, 3),
        ["primarygroup"] = (ExtensionCsvColumn.Department, 4),
        ["role"] = (ExtensionCsvColumn.Role, 0),
        ["require2fa"] = (ExtensionCsvColumn.Require2FA, 0),
        ["2fa"] = (ExtensionCsvColumn.Require2FA, 1),
        ["enable2fa"] = (ExtensionCsvColumn.Require2FA, 2),
        ["outboundcallerid"] = (ExtensionCsvColumn.Did, 0),
        ["sda"] = (ExtensionCsvColumn.Did, 1),
        ["did"] = (ExtensionCsvColumn.Did, 2),
    };

    /// <summary>Names only 3CX writes: one of them makes the file a 3CX export, whose other columns are then ignored.</summary>
    private static readonly HashSet<string> ThreeCxOnly = new(StringComparer.Ordinal)
    {
        "emailaddress", "mobilenumber", "outboundcallerid", "require2fa", "enable2fa",
    };

    /// <summary>The columns PbxBot's error report adds in front of the faulty rows; skipped, so a corrected report can be sent again.</summary>
    private static readonly HashSet<string> ReportColumns = new(StringComparer.Ordinal) { "ligne", "line", "erreurs", "errors", "erreur", "error" };

    public static bool IsThreeCxOnly(string normalised) => ThreeCxOnly.Contains(normalised);

    public static bool IsReportColumn(string normalised) => ReportColumns.Contains(normalised);

    public static (ExtensionCsvColumn Column, int Rank)? Find(string normalised, CsvFormat format)
    {
        // In a 3CX export "DID" is the list of DIDs routed to the user ("36912:*123963321"); its caller ID is OutboundCallerID.
        if (format == CsvFormat.ThreeCxExport && normalised == "did")
        {
            return null;
        }
        return Names.TryGetValue(normalised, out var found) ? found : null;
    }
}
