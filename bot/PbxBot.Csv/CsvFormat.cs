namespace PbxBot.Csv;

/// <summary>Which kind of file was read (or is written).</summary>
public enum CsvFormat
{
    /// <summary>PbxBot's own template: one column per field, headers in French or English (Numéro, Prénom…).</summary>
    Template,

    /// <summary>The extension export of the 3CX V20 admin console (Number, FirstName, EmailAddress, MobileNumber…); its other columns are ignored.</summary>
    ThreeCxExport,
}
