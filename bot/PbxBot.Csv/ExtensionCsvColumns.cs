using PbxBot.Domain;

namespace PbxBot.Csv;

/// <summary>The columns' names: the template's headers in each language and those of the 3CX export.</summary>
public static class ExtensionCsvColumns
{
    public static IReadOnlyList<ExtensionCsvColumn> All { get; } = Enum.GetValues<ExtensionCsvColumn>();

    /// <summary>Without these a header is not recognised: every extension needs a first and a last name. The number may be left to the bot (first free one).</summary>
    public static IReadOnlyList<ExtensionCsvColumn> Required { get; } = [ExtensionCsvColumn.FirstName, ExtensionCsvColumn.LastName];

    /// <summary>The template's header of a column, as an admin writes it in that language.</summary>
    public static string TemplateHeader(this ExtensionCsvColumn column, Language language) => TemplateHeaderText(column).In(language);

    /// <summary>The 3CX V20 export's name of a column.</summary>
    public static string ThreeCxHeader(this ExtensionCsvColumn column) => column switch
    {
        ExtensionCsvColumn.Number => "Number",
        ExtensionCsvColumn.FirstName => "FirstName",
        ExtensionCsvColumn.LastName => "LastName",
        ExtensionCsvColumn.Email => "EmailAddress",
        ExtensionCsvColumn.Mobile => "MobileNumber",
        ExtensionCsvColumn.Department => "Department",
        ExtensionCsvColumn.Role => "Role",
        ExtensionCsvColumn.Require2FA => "Require2FA",
        ExtensionCsvColumn.Did => "OutboundCallerID",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    internal static Text TemplateHeaderText(ExtensionCsvColumn column) => column switch
    {
        ExtensionCsvColumn.Number => new("Numéro", "Number"),
        ExtensionCsvColumn.FirstName => new("Prénom", "First name"),
        ExtensionCsvColumn.LastName => new("Nom", "Last name"),
        ExtensionCsvColumn.Email => new("E-mail", "Email"),
        ExtensionCsvColumn.Mobile => new("Mobile", "Mobile"),
        ExtensionCsvColumn.Department => new("Département", "Department"),
        ExtensionCsvColumn.Role => new("Rôle", "Role"),
        ExtensionCsvColumn.Require2FA => new("2FA", "2FA"),
        ExtensionCsvColumn.Did => new("SDA", "DID"),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}
