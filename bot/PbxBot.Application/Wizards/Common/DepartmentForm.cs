using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.Common;

/// <summary>What the department cards collected so far: the settings, the members with their roles, the member search.</summary>
public class DepartmentFormState
{
    public string? Name { get; set; }

    /// <summary>Voice prompts in French unless there is a specific need (seed 001).</summary>
    public string Language { get; set; } = PromptLanguages.Default;

    public bool Visible { get; set; }

    /// <summary>"Pas de transcription" by default (seed 001).</summary>
    public string Transcription { get; set; } = nameof(TranscriptionMode.Nothing);

    public List<MemberEntry> Members { get; set; } = [];

    public string? SearchTerm { get; set; }

    public List<MemberEntry> SearchResults { get; set; } = [];
}

/// <summary>An extension in the member list (or a search result), with the department role to give it.</summary>
public sealed class MemberEntry
{
    public string Number { get; set; } = "";

    public string Name { get; set; } = "";

    public string Role { get; set; } = "users";
}

/// <summary>
/// The settings and members steps shared by creating and editing a department: reading the cards, the member search,
/// adding and removing members. Members come only from what the operator picks: nobody, the operator included, is
/// added or removed silently.
/// </summary>
internal static class DepartmentForm
{
    public static readonly Text NoResult = new("Aucune extension ne correspond à « {0} ».", "No extension matches \"{0}\".");

    public static readonly Text NothingPicked = new("Cochez au moins une extension dans les résultats.", "Tick at least one extension in the results.");

    /// <summary>A department named by the operator (« Ventes », « ventes »), case and accents aside.</summary>
    public static Department? Find(IReadOnlyList<Department> departments, string argument)
    {
        var key = DepartmentKey.From(argument);
        return departments.FirstOrDefault(d => d.Key == key || DepartmentKey.From(d.Name) == key);
    }

    public static void ReadSettings<TState>(WizardTurn<TState> t) where TState : DepartmentFormState
    {
        var s = t.State;
        s.Name = t.Text(DepartmentFields.Name);
        s.Language = t.Text(DepartmentFields.Language) ?? s.Language;
        s.Visible = t.Flag(DepartmentFields.Visible);
        s.Transcription = t.Text(DepartmentFields.Transcription) ?? s.Transcription;
    }

    /// <summary>Reads the members' roles and runs the card's member verbs.</summary>
    /// <returns>The step's result for search/add/remove; null when the operator pressed Next.</returns>
    public static async Task<StepResult?> MembersAsync<TState>(WizardTurn<TState> t, PbxRepository repository) where TState : DepartmentFormState
    {
        var s = t.State;
        foreach (var m in s.Members)
        {
            m.Role = t.Text($"role.{m.Number}") ?? m.Role;
        }
        switch (t.Verb)
        {
            case "search":
                s.SearchTerm = t.Text("search");
                var found = string.IsNullOrWhiteSpace(s.SearchTerm)
                    ? []
                    : await repository.SearchExtensionsAsync(t.Context.PbxId, s.SearchTerm, 10, t.Context.CancellationToken);
                s.SearchResults = found.Where(e => s.Members.All(m => m.Number != e.Number))
                    .Select(e => new MemberEntry { Number = e.Number, Name = e.DisplayName }).ToList();
                if (s.SearchResults.Count == 0 && !string.IsNullOrWhiteSpace(s.SearchTerm))
                {
                    t.Errors["search"] = NoResult.Format(t.Language, s.SearchTerm);
                }
                return StepResult.Stay;
            case "add-members":
                var picked = (t.Text("pick") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var role = t.Text("pickRole") ?? Role.Users.RoleName();
                if (picked.Length == 0)
                {
                    t.Errors["pick"] = NothingPicked.In(t.Language);
                    return StepResult.Stay;
                }
                foreach (var number in picked.Where(n => s.Members.All(m => m.Number != n)))
                {
                    var name = s.SearchResults.FirstOrDefault(r => r.Number == number)?.Name ?? number;
                    s.Members.Add(new MemberEntry { Number = number, Name = name, Role = role });
                }
                s.SearchResults = [];
                s.SearchTerm = null;
                return StepResult.Stay;
            case "remove-member":
                s.Members.RemoveAll(m => m.Number == t.Text("number"));
                return StepResult.Stay;
            default:
                return null;
        }
    }

    /// <summary>The form's values of a stored department (members with their extensions' names).</summary>
    public static async Task<DepartmentFormState> OfAsync(Department d, Func<string, Task<string?>> nameOf)
    {
        var form = new DepartmentFormState
        {
            Name = d.Name,
            Language = d.Language,
            Visible = d.GloballyVisible,
            Transcription = d.TranscriptionMode.ToString(),
        };
        foreach (var m in d.Members.OrderBy(m => m.Number, StringComparer.Ordinal))
        {
            form.Members.Add(new MemberEntry { Number = m.Number, Name = await nameOf(m.Number) ?? m.Number, Role = m.Role.RoleName() });
        }
        return form;
    }

    /// <summary>
    /// Someone else changed the department since the operator opened it: what the operator changed is kept, everything
    /// they left alone takes the new values (a three-way merge, setting by setting and member by member).
    /// </summary>
    public static void Rebase(DepartmentFormState mine, DepartmentFormState opened, DepartmentFormState fresh)
    {
        mine.Name = mine.Name == opened.Name ? fresh.Name : mine.Name;
        mine.Language = mine.Language == opened.Language ? fresh.Language : mine.Language;
        mine.Visible = mine.Visible == opened.Visible ? fresh.Visible : mine.Visible;
        mine.Transcription = mine.Transcription == opened.Transcription ? fresh.Transcription : mine.Transcription;
        var members = new List<MemberEntry>();
        foreach (var number in mine.Members.Concat(opened.Members).Concat(fresh.Members).Select(m => m.Number).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var own = mine.Members.FirstOrDefault(m => m.Number == number);
            var was = opened.Members.FirstOrDefault(m => m.Number == number);
            var now = fresh.Members.FirstOrDefault(m => m.Number == number);
            var untouched = own?.Role == was?.Role;
            if ((untouched ? now : own) is { } kept)
            {
                members.Add(new MemberEntry { Number = kept.Number, Name = kept.Name, Role = kept.Role });
            }
        }
        mine.Members = members;
    }

    /// <summary>The cards' raw values as the rules read them; an unknown role or mode is kept as invalid, never guessed.</summary>
    public static DepartmentDraft Draft(DepartmentFormState s, bool withMembers) => new()
    {
        Name = s.Name,
        Language = s.Language,
        GloballyVisible = s.Visible,
        TranscriptionMode = Enum.TryParse<TranscriptionMode>(s.Transcription, ignoreCase: true, out var mode) ? mode : (TranscriptionMode)(-1),
        Members = withMembers
            ? s.Members.Select(m => new DepartmentMember(m.Number, Roles.TryParse(m.Role, out var r) ? r : (Role)(-1))).ToArray()
            : [],
    };

    public static DepartmentFormValues Values(DepartmentFormState s) => new(
        s.Name, s.Language, s.Visible, s.Transcription,
        s.Members.Select(m => new MemberView(m.Number, m.Name, m.Role)).ToArray(),
        s.SearchTerm,
        s.SearchResults.Select(m => new MemberView(m.Number, m.Name, m.Role)).ToArray());
}
