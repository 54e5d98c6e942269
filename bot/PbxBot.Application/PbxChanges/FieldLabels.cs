using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.PbxChanges;

/// <summary>The label of a card input, to name the field a PBX refusal is about in the operator's language.</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, Text> Labels = new(StringComparer.Ordinal)
    {
        [ExtensionFields.Number] = new("Numéro d'extension", "Extension number"),
        [ExtensionFields.FirstName] = new("Prénom", "First name"),
        [ExtensionFields.LastName] = new("Nom", "Last name"),
        [ExtensionFields.Email] = new("Adresse e-mail", "E-mail address"),
        [ExtensionFields.Mobile] = new("Mobile", "Mobile"),
        [ExtensionFields.Department] = new("Département", "Department"),
        [ExtensionFields.Role] = new("Rôle", "Role"),
        [ExtensionFields.Require2FA] = new("Double authentification (2FA)", "Two-factor authentication (2FA)"),
        [ExtensionFields.Did] = new("Numéro SDA", "DID"),
        [DepartmentFields.Name] = new("Nom du département", "Department name"),
        [DepartmentFields.Language] = new("Langue des messages vocaux", "Voice-prompt language"),
        [DepartmentFields.Visible] = new("Visible par toutes les extensions", "Visible to all extensions"),
        [DepartmentFields.Transcription] = new("Transcription", "Transcription"),
        [DepartmentFields.Members] = new("Membres", "Members"),
        [OfficeHoursFields.Hours] = new("Horaires", "Office hours"),
        [OfficeHoursFields.TimeZone] = new("Fuseau horaire", "Time zone"),
    };

    /// <summary>The label of <paramref name="field"/>, or null when there is none (or no field).</summary>
    public static string? Of(string? field, Language language) =>
        field is not null && Labels.TryGetValue(field, out var label) ? label.In(language) : null;
}
