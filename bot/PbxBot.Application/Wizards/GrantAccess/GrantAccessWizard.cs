using PbxBot.Application.Services;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Application.Stores;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.GrantAccess;

/// <summary>What the grant cards collected.</summary>
public sealed class GrantAccessState
{
    public string? UserId { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public bool Helpdesk { get; set; }

    public List<string> Departments { get; set; } = [];
}

/// <summary>
/// An owner or admin gives a Teams user access to their PBX: a role strictly below their own and/or the helpdesk
/// capability, scoped to departments for managers and department admins. Audited like every change.
/// </summary>
public sealed class GrantAccessWizard : Wizard<GrantAccessState>
{
    public const string WizardName = "grant-access";
    private const string Who = "who";
    private const string Review = "review";

    private static readonly Text TitleText = new("Donner accès", "Grant access");
    private static readonly Text DescriptionText = new(
        "Autoriser un collègue : rôle (inférieur au vôtre), helpdesk, départements.",
        "Authorise a colleague: role (below yours), helpdesk, departments.");
    private static readonly Text SummaryText = new("donner accès à {0}", "granting access to {0}");
    private static readonly Text Granted = new("Accès accordé à {0}.", "Access granted to {0}.");
    private static readonly Text OutOfReach = new(
        "Cet utilisateur a déjà un accès que vous ne pouvez pas modifier (rôle égal ou supérieur au vôtre, ou départements hors des vôtres).",
        "This user already has access you cannot change (a role equal to or above yours, or departments outside yours).");

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly TimeProvider time;

    public GrantAccessWizard(RulesService rules, PbxRepository repository, TimeProvider time)
    {
        this.rules = rules;
        this.repository = repository;
        this.time = time;
        Steps =
        [
            new(Who, ShowWho, SubmitWho),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => TitleText;

    public override Text Description => DescriptionText;

    public override int HelpOrder => 70;

    public override bool IsAllowed(Operator op) => op.CanGrant(null);

    protected override Task<StartRefusal?> StartAsync(WizardContext context, GrantAccessState state, string? argument) => Task.FromResult<StartRefusal?>(null);

    protected override Text Summarize(GrantAccessState state) =>
        new(SummaryText.French.Replace("{0}", state.DisplayName ?? state.UserId ?? "…", StringComparison.Ordinal),
            SummaryText.English.Replace("{0}", state.DisplayName ?? state.UserId ?? "…", StringComparison.Ordinal));

    private async Task<AdaptiveCard> ShowWho(WizardTurn<GrantAccessState> t)
    {
        var pbx = await t.Context.SnapshotAsync();
        return GrantCards.Form(t.Context.Cards, pbx.Settings.DisplayName, Values(t.State), t.Context.Operator.AssignableRoles(), Departments(pbx), t.Errors);
    }

    private async Task<StepResult> SubmitWho(WizardTurn<GrantAccessState> t)
    {
        t.State.UserId = t.Text("userId");
        t.State.DisplayName = string.IsNullOrWhiteSpace(t.Text("displayName")) ? null : t.Text("displayName");
        t.State.Role = t.Text("role") is { } role && !string.IsNullOrWhiteSpace(role) && role != GrantCards.NoRoleValue ? role : null;
        t.State.Helpdesk = t.Flag("helpdesk");
        t.State.Departments = (t.Text("departments") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var valid = t.Accept(rules.ValidateGrant(Grant(t), await t.Context.SnapshotAsync(), t.Context.Operator));
        var mayChange = await MayChangeAsync(t);
        return valid && mayChange ? StepResult.Next : StepResult.Stay;
    }

    /// <summary>The grant this one would replace, if any, must be the operator's to change (<see cref="Permissions.CanChangeGrant"/>).</summary>
    private async Task<bool> MayChangeAsync(WizardTurn<GrantAccessState> t)
    {
        var existing = string.IsNullOrWhiteSpace(t.State.UserId) ? null : await repository.GetGrantAsync(t.Context.PbxId, t.State.UserId, t.Context.CancellationToken);
        if (existing?.Value is not { } current || t.Context.Operator.CanChangeGrant(current))
        {
            return true;
        }
        t.Errors["userId"] = OutOfReach.In(t.Language);
        return false;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<GrantAccessState> t)
    {
        var pbx = await t.Context.SnapshotAsync();
        return GrantCards.Review(t.Context.Cards, pbx.Settings.DisplayName, Values(t.State), Departments(pbx));
    }

    private async Task<StepResult> Confirm(WizardTurn<GrantAccessState> t)
    {
        var pbx = await t.Context.SnapshotAsync();
        var grant = Grant(t);
        if (!t.Accept(rules.ValidateGrant(grant, pbx, t.Context.Operator)) || !await MayChangeAsync(t))
        {
            return StepResult.GoTo(Who);
        }
        var existing = await repository.GetGrantAsync(t.Context.PbxId, grant.UserId, t.Context.CancellationToken);
        var audit = AuditEntries.For(t.Context.Operator, existing is null ? "grant.created" : "grant.changed", $"grant:{grant.UserId}", existing?.Value, grant, time.GetUtcNow());
        await repository.SaveGrantAsync(grant, existing?.ETag, audit, t.Context.CancellationToken);
        var name = grant.DisplayName ?? grant.UserId;
        return StepResult.Finish(GrantCards.Review(t.Context.Cards, pbx.Settings.DisplayName, Values(t.State), Departments(pbx), saved: true),
            new Text(Granted.French.Replace("{0}", name, StringComparison.Ordinal), Granted.English.Replace("{0}", name, StringComparison.Ordinal)));
    }

    private Grant Grant(WizardTurn<GrantAccessState> t) => new()
    {
        PbxId = t.Context.PbxId,
        UserId = t.State.UserId ?? "",
        DisplayName = t.State.DisplayName,
        Role = Roles.TryParse(t.State.Role, out var r) ? r : null,
        Helpdesk = t.State.Helpdesk,
        Departments = t.State.Departments,
        GrantedBy = t.Context.Operator.UserId,
        GrantedAt = time.GetUtcNow(),
    };

    private static GrantFormValues Values(GrantAccessState s) => new(s.UserId, s.DisplayName, s.Role, s.Helpdesk, s.Departments);

    private static Choice[] Departments(PbxSnapshot pbx) => pbx.Departments.Select(d => new Choice(d.Name, d.Key)).ToArray();
}
