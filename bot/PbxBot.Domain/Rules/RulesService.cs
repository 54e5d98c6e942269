using System.Diagnostics.CodeAnalysis;

namespace PbxBot.Domain.Rules;

/// <summary>
/// The one place that decides whether a request is valid: every wizard, the approval path and any bulk import
/// call it with the PBX's current data and the operator's rights, and get field-level errors with stable codes
/// and messages in both languages. Stateless and thread-safe: register it as a singleton.
/// </summary>
public sealed class RulesService
{
    private readonly NumberRules numbers;
    private readonly ExtensionRules extensions;

    /// <param name="blockedNumbers">The emergency and service numbers table; the embedded one when null.</param>
    public RulesService(BlockedNumbers? blockedNumbers = null)
    {
        BlockedNumbers = blockedNumbers ?? BlockedNumbers.Embedded;
        numbers = new NumberRules(BlockedNumbers);
        extensions = new ExtensionRules(numbers);
    }

    public BlockedNumbers BlockedNumbers { get; }

    /// <summary>An extension as the operator typed it. An empty number takes the first free one ("extension.number.none_free" when there is none).</summary>
    public Validation<Extension> ValidateExtension(ExtensionDraft draft, PbxSnapshot pbx, Operator actor, DateTimeOffset now) =>
        extensions.Validate(draft, pbx, actor, now);

    /// <summary>
    /// A change of an existing extension (seed 000, "ou la modifier"): its number never changes, its own DID stays
    /// its own, the new values pass the same rules as a creation, and the operator may touch this user at all
    /// (<see cref="CheckMayTouch"/>).
    /// </summary>
    public Validation<Extension> ValidateExtensionChange(ExtensionDraft draft, Extension current, PbxSnapshot pbx, Operator actor, DateTimeOffset now)
    {
        var ownNumber = int.Parse(current.Number, System.Globalization.CultureInfo.InvariantCulture);
        var withoutItself = pbx with { UsedNumbers = pbx.UsedNumbers.Without(ownNumber) };
        var validation = extensions.Validate(draft with { Number = current.Number }, withoutItself, actor, now);
        var refusals = TargetRules.MayTouch(current, pbx, actor).ToArray();
        if (refusals.Length == 0)
        {
            return validation.Value is { } changed
                ? validation with { Value = changed with { CreatedAt = current.CreatedAt, CreatedBy = current.CreatedBy } }
                : validation;
        }
        return new Validation<Extension>(null, [.. refusals, .. validation.Errors], validation.Warnings);
    }

    /// <summary>Whether the operator may change or delete this extension at all: errors saying why not, or none.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public IReadOnlyList<FieldError> CheckMayTouch(Extension target, PbxSnapshot pbx, Operator actor) => TargetRules.MayTouch(target, pbx, actor).ToArray();

    /// <summary>A new department. The operator is not made a member: only <see cref="DepartmentDraft.Members"/> are.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public Validation<Department> ValidateDepartment(DepartmentDraft draft, PbxSnapshot pbx, Operator actor) =>
        DepartmentRules.Validate(draft, pbx, actor);

    /// <summary>A change of an existing department (name, language, visibility, transcription, members and their roles).</summary>
    /// <param name="primaryMembers">The members whose primary department this is: they cannot just be removed.</param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public Validation<Department> ValidateDepartmentChange(DepartmentDraft draft, Department current, IReadOnlySet<string> primaryMembers, PbxSnapshot pbx, Operator actor) =>
        DepartmentRules.ValidateChange(draft, current, primaryMembers, pbx, actor);

    /// <summary>Whether a department may be deleted: not the PBX's default one, and no members left.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public IReadOnlyList<FieldError> CheckDepartmentDeletion(Department current)
    {
        var v = new ValidationBuilder();
        if (current.IsDefault)
        {
            v.Error(DepartmentFields.Name, ErrorCodes.DepartmentIsDefault, current.Name);
        }
        else if (current.Members.Count > 0)
        {
            v.Error(DepartmentFields.Members, ErrorCodes.DepartmentHasMembers, current.Name, current.Members.Count);
        }
        return v.Build(() => true).Errors;
    }

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public Validation<OfficeHours> ValidateOfficeHours(OfficeHours hours) => OfficeHoursRules.Validate(hours);

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public Validation<Grant> ValidateGrant(Grant grant, PbxSnapshot pbx, Operator actor) => GrantRules.Validate(grant, pbx, actor);

    /// <summary>The lowest number of the dial plan that is neither used nor blocked, read from <see cref="UsedNumbers"/> only; null when the plan is full.</summary>
    public string? FirstFreeNumber(PbxSnapshot pbx) => numbers.FirstFree(pbx);

    /// <summary>The lowest free number strictly above <paramref name="number"/> (the first free one when it is not a number); null when none is left above.</summary>
    public string? NextFreeAfter(PbxSnapshot pbx, string number) => numbers.NextFreeAfter(pbx, number);

    /// <summary>Whether <paramref name="number"/> can become an extension, and if not why, with the message to show.</summary>
    public NumberCheck CheckNumber(string number, PbxSnapshot pbx) => numbers.Check(number, pbx);
}
