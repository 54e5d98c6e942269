using PbxBot.Application.PbxChanges;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.Common;

/// <summary>What changes between two states of an extension, field by field, worded for the review and the history.</summary>
public static class ExtensionDiff
{
    private static readonly Text On = new("activée", "on");
    private static readonly Text Off = new("désactivée", "off");

    public static IReadOnlyList<FieldChange> Of(Extension before, Extension after, IReadOnlyList<Department> departments, Language language)
    {
        string Name(string key) => departments.FirstOrDefault(d => d.Key == key)?.Name ?? key;
        var changes = new List<FieldChange>();
        void Add(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(FieldLabels.Of(field, language) ?? field, a, b));
            }
        }
        Add(ExtensionFields.FirstName, before.FirstName, after.FirstName);
        Add(ExtensionFields.LastName, before.LastName, after.LastName);
        Add(ExtensionFields.Email, before.EmailAddress, after.EmailAddress);
        Add(ExtensionFields.Mobile, before.Mobile, after.Mobile);
        Add(ExtensionFields.Department, Name(before.Department), Name(after.Department));
        Add(ExtensionFields.Role, before.Role.Label().In(language), after.Role.Label().In(language));
        Add(ExtensionFields.Require2FA, (before.Require2FA ? On : Off).In(language), (after.Require2FA ? On : Off).In(language));
        Add(ExtensionFields.Did, before.Did, after.Did);
        return changes;
    }
}
