namespace PbxBot.Domain.Rules;

/// <summary>
/// Seed 001: a department's name (unique per PBX, case and accents aside), voice-prompt language (French unless
/// chosen), visibility, transcription (none by default) and members with roles. The operator creating it is
/// not added: only the members listed are.
/// </summary>
internal static class DepartmentRules
{
    public static Validation<Department> Validate(DepartmentDraft draft, PbxSnapshot pbx, Operator actor)
    {
        var v = new ValidationBuilder();
        var (name, key) = Name(v, draft.Name, pbx);
        var language = Language(v, draft.Language);
        if (!Enum.IsDefined(draft.TranscriptionMode))
        {
            v.Error(DepartmentFields.Transcription, ErrorCodes.DepartmentTranscriptionInvalid);
        }
        var members = Members(v, draft.Members, pbx, actor);
        return v.Build(() => new Department
        {
            Key = key,
            Name = name,
            Language = language,
            GloballyVisible = draft.GloballyVisible,
            TranscriptionMode = draft.TranscriptionMode,
            Members = members,
        });
    }

    /// <summary>
    /// A change of an existing department: its name stays unique (itself aside) and its key stays, members added or
    /// given a new role get a role below the operator's, nobody at or above the operator's role is touched, and nobody
    /// leaves the department that is their primary one (they are moved first).
    /// </summary>
    public static Validation<Department> ValidateChange(DepartmentDraft draft, Department current, IReadOnlySet<string> primaryMembers, PbxSnapshot pbx, Operator actor)
    {
        var others = pbx with { Departments = pbx.Departments.Where(d => d.Key != current.Key).ToArray() };
        var v = new ValidationBuilder();
        var (name, _) = Name(v, draft.Name, others);
        var language = Language(v, draft.Language);
        if (!Enum.IsDefined(draft.TranscriptionMode))
        {
            v.Error(DepartmentFields.Transcription, ErrorCodes.DepartmentTranscriptionInvalid);
        }
        var changed = draft.Members.Where(m => !current.Members.Contains(m)).ToArray();
        var members = Members(v, draft.Members, pbx, actor, checkRoles: changed);
        foreach (var before in current.Members)
        {
            var after = members.FirstOrDefault(m => m.Number == before.Number);
            if (after != before && !RoleRules.CanGive(actor, before.Role))
            {
                v.Error(DepartmentFields.Members, ErrorCodes.MemberRoleTooHigh, before.Number, RoleRules.Label(before.Role), RoleRules.Label(actor.Role));
            }
            if (after is null && primaryMembers.Contains(before.Number))
            {
                v.Error(DepartmentFields.Members, ErrorCodes.MemberPrimary, before.Number, current.Name);
            }
        }
        return v.Build(() => current with
        {
            Name = name,
            Language = language,
            GloballyVisible = draft.GloballyVisible,
            TranscriptionMode = draft.TranscriptionMode,
            Members = members,
        });
    }

    private static (string Name, string Key) Name(ValidationBuilder v, string? raw, PbxSnapshot pbx)
    {
        var name = NameRules.Clean(raw);
        if (name.Length == 0)
        {
            v.Error(DepartmentFields.Name, ErrorCodes.DepartmentNameRequired);
            return (name, "");
        }
        var key = DepartmentKey.From(name);
        if (key.Length == 0 || NameRules.HasControlCharacters(name))
        {
            v.Error(DepartmentFields.Name, ErrorCodes.DepartmentNameInvalid, name);
        }
        else if (name.Length > NameRules.MaxDepartmentName)
        {
            v.Error(DepartmentFields.Name, ErrorCodes.DepartmentNameTooLong, NameRules.MaxDepartmentName);
        }
        else if (pbx.Departments.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.Ordinal) || DepartmentKey.From(d.Name) == key) is { } existing)
        {
            v.Error(DepartmentFields.Name, ErrorCodes.DepartmentNameTaken, name, existing.Name);
        }
        return (name, key);
    }

    /// <summary>"Laissez les paramètres de directives vocales en français, sauf besoin spécifique."</summary>
    private static string Language(ValidationBuilder v, string? raw)
    {
        var code = raw?.Trim() ?? "";
        if (code.Length == 0)
        {
            return PromptLanguages.Default;
        }
        var known = PromptLanguages.All.Keys.FirstOrDefault(k => string.Equals(k, code, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            v.Error(DepartmentFields.Language, ErrorCodes.DepartmentLanguageUnsupported, code, string.Join(", ", PromptLanguages.All.Keys));
            return PromptLanguages.Default;
        }
        return known;
    }

    /// <param name="checkRoles">The members whose role is checked against the operator's; all when null (a new department).</param>
    private static DepartmentMember[] Members(ValidationBuilder v, IReadOnlyList<DepartmentMember> members, PbxSnapshot pbx, Operator actor,
        IReadOnlyCollection<DepartmentMember>? checkRoles = null)
    {
        var length = pbx.Settings.DialPlan.ExtensionLength;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reportedTwice = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<DepartmentMember>(members.Count);
        foreach (var member in members)
        {
            var number = member.Number.Trim();
            if (!seen.Add(number))
            {
                if (reportedTwice.Add(number))
                {
                    v.Error(DepartmentFields.Members, ErrorCodes.MemberDuplicate, number);
                }
                continue;
            }
            if (number.Length != length || !ExtensionNumbers.TryParse(number, out var n) || !pbx.UsedNumbers.Contains(n))
            {
                v.Error(DepartmentFields.Members, ErrorCodes.MemberUnknown, number);
            }
            if ((checkRoles is null || checkRoles.Contains(member)) && !RoleRules.CanGive(actor, member.Role))
            {
                v.Error(DepartmentFields.Members, ErrorCodes.MemberRoleTooHigh, number, RoleRules.Label(member.Role), RoleRules.Label(actor.Role));
            }
            result.Add(member with { Number = number });
        }
        return [.. result];
    }
}
