using PbxBot.Application.PbxChanges;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.Common;

/// <summary>
/// What changes between two states of a department, worded for the review and the history: each setting that
/// changes, then each member who joins (none → role), leaves (role → none) or gets another role.
/// </summary>
public static class DepartmentDiff
{
    private static readonly Text Member = new("Membre {0}", "Member {0}");

    /// <param name="nameOf">The display name of an extension, by number (the number itself when unknown).</param>
    public static IReadOnlyList<FieldChange> Of(Department before, Department after, Func<string, string> nameOf, Language language)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(nameOf);
        var cards = new CardContext(language, false);
        var changes = new List<FieldChange>();
        void Add(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(FieldLabels.Of(field, language) ?? field, a, b));
            }
        }
        Add(DepartmentFields.Name, before.Name, after.Name);
        Add(DepartmentFields.Language, DepartmentCards.LanguageName(cards, before.Language), DepartmentCards.LanguageName(cards, after.Language));
        Add(DepartmentFields.Visible, DepartmentCards.VisibilityLabel(cards, before.GloballyVisible), DepartmentCards.VisibilityLabel(cards, after.GloballyVisible));
        Add(DepartmentFields.Transcription, DepartmentCards.TranscriptionLabelOf(cards, before.TranscriptionMode), DepartmentCards.TranscriptionLabelOf(cards, after.TranscriptionMode));
        var numbers = before.Members.Select(m => m.Number).Union(after.Members.Select(m => m.Number)).Order(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            var was = before.Members.FirstOrDefault(m => m.Number == number)?.Role;
            var now = after.Members.FirstOrDefault(m => m.Number == number)?.Role;
            if (was != now)
            {
                changes.Add(new FieldChange(Member.Format(language, $"{number} {nameOf(number)}".TrimEnd()), was?.Label().In(language), now?.Label().In(language)));
            }
        }
        return changes;
    }
}
