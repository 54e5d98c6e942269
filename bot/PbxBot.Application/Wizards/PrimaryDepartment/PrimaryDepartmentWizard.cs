using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.PrimaryDepartment;

/// <summary>
/// Seed 001, "Département principal": pick an extension, then the department (and the role in it) whose
/// office hours will apply to that user; review; save.
/// </summary>
public sealed class PrimaryDepartmentWizard : Wizard<PrimaryDepartmentState>
{
    public const string WizardName = "primary-department";
    private const string Extension = "extension";
    private const string Department = "department";
    private const string Review = "review";

    private readonly PbxRepository repository;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;
    private readonly TimeProvider time;

    public PrimaryDepartmentWizard(PbxRepository repository, PbxChangeQueue changes, PbxChangeCards outcomes, TimeProvider time)
    {
        this.repository = repository;
        this.changes = changes;
        this.outcomes = outcomes;
        this.time = time;
        Steps =
        [
            new(Extension, ShowExtension, SubmitExtension),
            new(Department, ShowDepartment, SubmitDepartment),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => PrimaryDepartmentText.Title;

    public override Text Description => PrimaryDepartmentText.Description;

    public override int HelpOrder => 40;

    public override bool IsAllowed(Operator op) => op.CanCreateExtension(null);

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, PrimaryDepartmentState state, string? argument)
    {
        if (!string.IsNullOrWhiteSpace(argument))
        {
            await SearchAsync(context, state, argument);
            if (state.Results.Count == 1 && await SelectAsync(context, state, state.Results[0].Number) is not null)
            {
                // Not theirs to move: the search card shows the match, and Next says why.
                state.Number = null;
            }
        }
        return null;
    }

    protected override string? FirstStep(PrimaryDepartmentState state) => state.Number is null ? null : Department;

    protected override Text Summarize(PrimaryDepartmentState state) => state.Name is null
        ? PrimaryDepartmentText.SummaryNoOne
        : PrimaryDepartmentText.Summary.With($"{state.Name} ({state.Number})");

    private Task<AdaptiveCard> ShowExtension(WizardTurn<PrimaryDepartmentState> t) =>
        Task.FromResult(LookupCards.FindExtension(t.Context.Cards, PrimaryDepartmentText.Title.In(t.Language), t.State.SearchTerm,
            t.State.Results.Select(r => new Choice($"{r.Number} — {r.Name}", r.Number)).ToArray(), t.State.Number, t.Errors));

    private async Task<StepResult> SubmitExtension(WizardTurn<PrimaryDepartmentState> t)
    {
        if (t.Verb == "search")
        {
            await SearchAsync(t.Context, t.State, t.Text("search"));
            if (t.State.Results.Count == 0)
            {
                t.Errors["search"] = PrimaryDepartmentText.NotFound.Format(t.Language, t.State.SearchTerm ?? "");
            }
            return StepResult.Stay;
        }
        var number = t.Text("number");
        var refusal = number is null ? PrimaryDepartmentText.ChooseExtension : await SelectAsync(t.Context, t.State, number);
        if (refusal is { } reason)
        {
            t.Errors["number"] = reason.In(t.Language);
            return StepResult.Stay;
        }
        return StepResult.Next;
    }

    private async Task<AdaptiveCard> ShowDepartment(WizardTurn<PrimaryDepartmentState> t)
    {
        var pbx = await t.Context.SnapshotAsync();
        var departments = pbx.Departments.Where(d => t.Context.Operator.CanSetPrimaryDepartment(d.Key)).Select(d => new Choice(d.Name, d.Key)).ToArray();
        var current = pbx.FindDepartment(t.State.CurrentDepartment)?.Name ?? t.State.CurrentDepartment;
        return PrimaryDepartmentCards.Choose(t.Context.Cards, t.State.Number!, t.State.Name!, current, departments, t.State.Department,
            t.Context.Operator.AssignableRoles(), t.State.Role, t.Errors);
    }

    private async Task<StepResult> SubmitDepartment(WizardTurn<PrimaryDepartmentState> t)
    {
        var key = t.Text("department");
        var pbx = await t.Context.SnapshotAsync();
        if (key is null || pbx.FindDepartment(key) is null || !t.Context.Operator.CanSetPrimaryDepartment(key))
        {
            t.Errors["department"] = PrimaryDepartmentText.ChooseDepartment.In(t.Language);
            return StepResult.Stay;
        }
        var role = t.Text("role") ?? t.State.Role;
        if (!Roles.TryParse(role, out var r) || !t.Context.Operator.AssignableRoles().Contains(r))
        {
            t.Errors["role"] = PrimaryDepartmentText.RoleNotAllowed.In(t.Language);
            return StepResult.Stay;
        }
        t.State.Department = key;
        t.State.Role = role;
        return StepResult.Next;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<PrimaryDepartmentState> t)
    {
        var pbx = await t.Context.SnapshotAsync();
        return PrimaryDepartmentCards.Review(t.Context.Cards, t.State.Number!, t.State.Name!,
            pbx.FindDepartment(t.State.CurrentDepartment)?.Name ?? t.State.CurrentDepartment, pbx.FindDepartment(t.State.Department)?.Name ?? t.State.Department!,
            Roles.TryParse(t.State.Role, out var r) ? r : Role.Users);
    }

    private async Task<StepResult> Confirm(WizardTurn<PrimaryDepartmentState> t)
    {
        var current = await repository.GetExtensionAsync(t.Context.PbxId, t.State.Number!, t.Context.CancellationToken);
        var pbx = await t.Context.SnapshotAsync();
        if (current is null || pbx.FindDepartment(t.State.Department) is not { } department || !Roles.TryParse(t.State.Role, out var role)
            || !t.Context.Operator.CanSetPrimaryDepartment(department.Key) || !t.Context.Operator.AssignableRoles().Contains(role)
            || MayMove(t.Context.Operator, current.Value, pbx) is not null)
        {
            t.Errors["number"] = PrimaryDepartmentText.ChooseExtension.In(t.Language);
            return StepResult.GoTo(Extension);
        }
        var target = $"extension:{current.Value.Number}";
        var moved = PbxRepository.WithPrimaryDepartment(current.Value, department.Key, role);
        // The whole extension before and after (its memberships included), as every audit entry: history shows it, undo reverts it.
        var audit = AuditEntries.For(t.Context.Operator, PbxChangeCards.PrimaryDepartmentSet, target,
            current.Value with { Credential = null, WebClientPasswordHash = null }, moved with { Credential = null, WebClientPasswordHash = null }, time.GetUtcNow());
        var order = changes.Order(t.Context.Operator, PbxChangeKind.UpdateExtension, target, PbxChangeCards.PrimaryDepartmentSet, current.Value, moved, t.Context.Origin);
        try
        {
            await repository.SetPrimaryDepartmentAsync(current, department.Key, role, audit, t.Context.CancellationToken, order.Commit);
            changes.Committed(order, t.Context.Origin);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        var outcome = PrimaryDepartmentText.Saved.With(current.Value.DisplayName, current.Value.Number, department.Name);
        return StepResult.Finish(await outcomes.RenderAsync(order.Change, t.Context.CancellationToken), outcome);
    }

    private async Task SearchAsync(WizardContext context, PrimaryDepartmentState state, string? term)
    {
        state.SearchTerm = term;
        state.Results = string.IsNullOrWhiteSpace(term)
            ? []
            : (await repository.SearchExtensionsAsync(context.PbxId, term, 10, context.CancellationToken))
                .Select(e => new PrimaryDepartmentState.Found { Number = e.Number, Name = e.DisplayName }).ToList();
    }

    /// <summary>Picks the extension, or says why it cannot be moved by this operator (null when it can).</summary>
    private async Task<Text?> SelectAsync(WizardContext context, PrimaryDepartmentState state, string number)
    {
        var extension = await repository.GetExtensionAsync(context.PbxId, number, context.CancellationToken);
        if (extension is null)
        {
            return PrimaryDepartmentText.ChooseExtension;
        }
        if (MayMove(context.Operator, extension.Value, await context.SnapshotAsync()) is { } refusal)
        {
            return refusal;
        }
        state.Number = extension.Value.Number;
        state.Name = extension.Value.DisplayName;
        state.CurrentDepartment = extension.Value.Department;
        state.Department ??= extension.Value.Department;
        state.Role = extension.Value.Role.RoleName();
        return null;
    }

    /// <summary>Why this operator may not move this user (<see cref="Permissions"/>), or null when they may.</summary>
    private static Text? MayMove(Operator op, Extension extension, PbxSnapshot pbx)
    {
        var who = $"{extension.DisplayName} ({extension.Number})";
        if (!op.CanMoveUserOfRole(extension.Role))
        {
            return PrimaryDepartmentText.RoleNotBelow.With(who);
        }
        if (!op.CanSetPrimaryDepartment(extension.Department))
        {
            var name = pbx.FindDepartment(extension.Department)?.Name ?? extension.Department;
            return PrimaryDepartmentText.NotYourDepartment.With(who, name);
        }
        return null;
    }
}
