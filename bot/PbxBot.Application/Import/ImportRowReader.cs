using PbxBot.Application.Commands;
using PbxBot.Application.Wizards.Common;
using PbxBot.Csv;
using PbxBot.Domain;

namespace PbxBot.Application.Import;

/// <summary>
/// Turns a file's raw row into the draft the rules service validates, as a person would read it: a department by its
/// name, a role by its label or 3CX name, 2FA as oui/non/1/0. Only what cannot be read is an error here; every rule
/// about the values themselves stays in the rules service.
/// </summary>
public static class ImportRowReader
{
    private static readonly Dictionary<string, Role> RoleWords = BuildRoleWords();

    public static (ExtensionDraft Draft, IReadOnlyList<Text> Errors) Read(ExtensionCsvRow row, PbxSnapshot pbx)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(pbx);
        var errors = new List<Text>();
        var role = Role.Users;
        if (row.Role is { } roleText && !TryRole(roleText, out role))
        {
            errors.Add(ImportTexts.UnknownRole.With(roleText));
        }
        var twoFactor = false;
        if (row.Require2FA is { } flag && !TryFlag(flag, out twoFactor))
        {
            errors.Add(ImportTexts.Unknown2FA.With(flag));
        }
        var draft = new ExtensionDraft
        {
            Number = row.Number,
            FirstName = row.FirstName,
            LastName = row.LastName,
            EmailAddress = row.Email,
            Mobile = row.Mobile,
            Department = DepartmentKeyOf(row.Department, pbx),
            Role = role,
            Require2FA = twoFactor,
            Did = row.Did,
        };
        return (draft, errors);
    }

    /// <summary>A department named in the file: by its name or key (case and accents aside), else as written for the rules to judge.</summary>
    private static string? DepartmentKeyOf(string? name, PbxSnapshot pbx) =>
        name is null ? null : DepartmentForm.Find(pbx.Departments, name)?.Key ?? name;

    private static bool TryRole(string text, out Role role)
    {
        if (Roles.TryParse(text, out role))
        {
            return true;
        }
        return RoleWords.TryGetValue(TextNormalizer.Normalize(text), out role);
    }

    private static bool TryFlag(string text, out bool value)
    {
        switch (TextNormalizer.Normalize(text))
        {
            case "1" or "oui" or "o" or "yes" or "y" or "true" or "vrai" or "x" or "active" or "on":
                value = true;
                return true;
            case "0" or "non" or "n" or "no" or "false" or "faux" or "inactive" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static Dictionary<string, Role> BuildRoleWords()
    {
        var words = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var role in Roles.Ladder)
        {
            var label = role.Label();
            words[TextNormalizer.Normalize(label.French)] = role;
            words[TextNormalizer.Normalize(label.English)] = role;
            words[TextNormalizer.Normalize(role.RoleName().Replace('_', ' '))] = role;
        }
        // Seed 001's short words, as admins write them.
        words[TextNormalizer.Normalize("Administrateur")] = Role.GroupAdmins;
        words[TextNormalizer.Normalize("Propriétaire")] = Role.GroupOwners;
        return words;
    }
}
