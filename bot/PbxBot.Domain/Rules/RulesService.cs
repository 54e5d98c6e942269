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

    /// <summary>A new department. The operator is not made a member: only <see cref="DepartmentDraft.Members"/> are.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the injected service's API, like the rules that need the blocked numbers.")]
    public Validation<Department> ValidateDepartment(DepartmentDraft draft, PbxSnapshot pbx, Operator actor) =>
        DepartmentRules.Validate(draft, pbx, actor);

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
