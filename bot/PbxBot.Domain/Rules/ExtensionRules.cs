namespace PbxBot.Domain.Rules;

/// <summary>Seed 000, steps 3 to 7: an extension draft checked field by field against the PBX and the operator's rights.</summary>
internal sealed class ExtensionRules(NumberRules numbers)
{
    public Validation<Extension> Validate(ExtensionDraft draft, PbxSnapshot pbx, Operator actor, DateTimeOffset now)
    {
        var v = new ValidationBuilder();
        var number = Number(v, draft, pbx);
        var firstName = Name(v, ExtensionFields.FirstName, draft.FirstName, ErrorCodes.FirstNameRequired, ErrorCodes.FirstNameTooLong, ErrorCodes.FirstNameInvalid);
        var lastName = Name(v, ExtensionFields.LastName, draft.LastName, ErrorCodes.LastNameRequired, ErrorCodes.LastNameTooLong, ErrorCodes.LastNameInvalid);
        var email = Email(v, draft.EmailAddress);
        var mobile = Mobile(v, draft.Mobile, pbx.Settings.Country);
        var department = Department(v, draft.Department, pbx, actor);
        if (!RoleRules.CanGive(actor, draft.Role))
        {
            v.Error(ExtensionFields.Role, ErrorCodes.RoleTooHigh, RoleRules.TooHighArguments(actor, draft.Role));
        }
        if (draft.Require2FA)
        {
            v.Warn(ExtensionFields.Require2FA, ErrorCodes.Require2FAOn);
        }
        var did = Did(v, draft.Did, number, pbx);
        return v.Build(() => new Extension
        {
            Number = number!,
            FirstName = firstName,
            LastName = lastName,
            EmailAddress = email,
            Mobile = mobile,
            Department = department!.Key,
            Role = draft.Role,
            Require2FA = draft.Require2FA,
            Did = did,
            CreatedAt = now,
            CreatedBy = actor.UserId,
        });
    }

    /// <summary>An empty number means "the first free one", as 3CX proposes it (seed 000, step 3).</summary>
    private string? Number(ValidationBuilder v, ExtensionDraft draft, PbxSnapshot pbx)
    {
        if (string.IsNullOrWhiteSpace(draft.Number))
        {
            var free = numbers.FirstFree(pbx);
            if (free is null)
            {
                v.Add(numbers.NoneFree(pbx));
            }
            return free;
        }
        var check = numbers.Check(draft.Number, pbx);
        if (check.Error is { } error)
        {
            v.Add(error);
            return null;
        }
        return check.Number;
    }

    private static string Name(ValidationBuilder v, string field, string? raw, string required, string tooLong, string invalid)
    {
        var name = NameRules.Clean(raw);
        if (name.Length == 0)
        {
            v.Error(field, required);
        }
        else if (NameRules.HasControlCharacters(name))
        {
            v.Error(field, invalid);
        }
        else if (name.Length > NameRules.MaxPersonName)
        {
            v.Error(field, tooLong, NameRules.MaxPersonName);
        }
        return name;
    }

    /// <summary>Optional but recommended (seed 000, step 4): without it, a warning, because no welcome e-mail can be sent.</summary>
    private static string? Email(ValidationBuilder v, string? raw)
    {
        var email = raw?.Trim() ?? "";
        if (email.Length == 0)
        {
            v.Warn(ExtensionFields.Email, ErrorCodes.EmailMissing);
            return null;
        }
        if (!EmailRules.IsWellFormed(email))
        {
            v.Error(ExtensionFields.Email, ErrorCodes.EmailInvalid, email);
        }
        return email;
    }

    private static string? Mobile(ValidationBuilder v, string? raw, string country)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (E164.TryNormalise(raw, country, out var e164))
        {
            return e164;
        }
        v.Error(ExtensionFields.Mobile, ErrorCodes.MobileInvalid, raw.Trim(), Phrases.Country(country), E164.MobileExample(country));
        return null;
    }

    /// <summary>The primary department (seed 001): an existing one the operator acts for; none chosen means the PBX's default one.</summary>
    private static Department? Department(ValidationBuilder v, string? raw, PbxSnapshot pbx, Operator actor)
    {
        var key = raw?.Trim() ?? "";
        var department = key.Length == 0
            ? pbx.Departments.FirstOrDefault(d => d.IsDefault)
            : pbx.FindDepartment(key) ?? pbx.FindDepartment(DepartmentKey.From(key));
        if (department is null)
        {
            if (key.Length == 0)
            {
                v.Error(ExtensionFields.Department, ErrorCodes.DepartmentRequired);
            }
            else
            {
                v.Error(ExtensionFields.Department, ErrorCodes.DepartmentUnknown, key);
            }
            return null;
        }
        if (!actor.ActsFor(department.Key))
        {
            v.Error(ExtensionFields.Department, ErrorCodes.DepartmentNotAllowed, department.Name);
        }
        return department;
    }

    /// <summary>Seed 000, step 7: a DID of the PBX's pool, free (or already this extension's), that becomes the outbound caller ID.</summary>
    private static string? Did(ValidationBuilder v, string? raw, string? number, PbxSnapshot pbx)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        var did = pbx.Dids.FirstOrDefault(d => string.Equals(d.Number, text, StringComparison.Ordinal));
        if (did is null && E164.TryNormalise(text, pbx.Settings.Country, out var e164))
        {
            did = pbx.Dids.FirstOrDefault(d => string.Equals(d.Number, e164, StringComparison.Ordinal));
        }
        if (did is null)
        {
            v.Error(ExtensionFields.Did, ErrorCodes.DidUnknown, text);
            return null;
        }
        if (did.AssignedTo is { } owner && !string.Equals(owner, number, StringComparison.Ordinal))
        {
            v.Error(ExtensionFields.Did, ErrorCodes.DidTaken, did.Number, owner);
        }
        return did.Number;
    }
}
