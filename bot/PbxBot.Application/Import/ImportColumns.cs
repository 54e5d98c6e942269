using PbxBot.Cards.Builders;
using PbxBot.Csv;
using PbxBot.Domain;

namespace PbxBot.Application.Import;

/// <summary>The template's columns as the intro card explains them, in the operator's language.</summary>
public static class ImportColumns
{
    public static IReadOnlyList<ImportColumnView> For(Language language) =>
        ExtensionCsvColumns.All.Select(c => new ImportColumnView(
            $"{c.TemplateHeader(language)} / {c.ThreeCxHeader()}",
            Meaning(c).In(language),
            ExtensionCsvColumns.Required.Contains(c))).ToArray();

    private static Text Meaning(ExtensionCsvColumn column) => column switch
    {
        ExtensionCsvColumn.Number => new("vide : le prochain numéro libre", "empty: the next free number"),
        ExtensionCsvColumn.FirstName => new("prénom", "first name"),
        ExtensionCsvColumn.LastName => new("nom", "last name"),
        ExtensionCsvColumn.Email => new("reçoit l'e-mail de bienvenue", "receives the welcome e-mail"),
        ExtensionCsvColumn.Mobile => new("au format international ou national", "international or national format"),
        ExtensionCsvColumn.Department => new("nom du département ; vide : le département par défaut", "department name; empty: the default department"),
        ExtensionCsvColumn.Role => new("Utilisateur, Manager… ou users, managers… ; vide : Utilisateur", "User, Manager… or users, managers…; empty: User"),
        ExtensionCsvColumn.Require2FA => new("oui/non ou 1/0 ; vide : non", "yes/no or 1/0; empty: no"),
        ExtensionCsvColumn.Did => new("numéro SDA libre du PBX, présenté en sortie", "a free DID of the PBX, shown on outbound calls"),
        _ => new("", ""),
    };
}
