using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.DeleteDepartment;

/// <summary>
/// Deleting a department: only one with no members left (the rules say how to move or remove them) and never the
/// PBX's default one. A card names what goes (its settings and office hours), then the deletion goes to the PBX;
/// PbxBot keeps the department until the PBX has deleted the group.
/// </summary>
public sealed class DeleteDepartmentWizard : Wizard<DeleteDepartmentState>
{
    public const string WizardName = "delete-department";
    private const string Pick = "pick";
    private const string ConfirmStep = "confirm";

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;

    public DeleteDepartmentWizard(RulesService rules, PbxRepository repository, PbxChangeQueue changes, PbxChangeCards outcomes)
    {
        this.rules = rules;
        this.repository = repository;
        this.changes = changes;
        this.outcomes = outcomes;
        Steps =
        [
            new(Pick, ShowPick, SubmitPick),
            new(ConfirmStep, ShowConfirm, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => DeleteDepartmentText.Title;

    public override Text Description => DeleteDepartmentText.Description;

    public override int HelpOrder => 22;

    public override bool IsAllowed(Operator op) => op.CanDeleteDepartment();

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, DeleteDepartmentState state, string? argument)
    {
        var deletable = await DeletableAsync(context);
        if (deletable.Count == 0)
        {
            return new StartRefusal(DeleteDepartmentText.NoneToDelete);
        }
        if (!string.IsNullOrWhiteSpace(argument))
        {
            if (DepartmentForm.Find(deletable, argument) is { } department)
            {
                await SelectAsync(context, state, department.Key);
            }
            else if (DepartmentForm.Find((await context.SnapshotAsync()).Departments, argument) is { } undeletable)
            {
                state.Undeletable = undeletable.Key;
            }
            else
            {
                state.Asked = argument;
            }
        }
        return null;
    }

    protected override string? FirstStep(DeleteDepartmentState state) => state.Key is null ? null : ConfirmStep;

    protected override Text Summarize(DeleteDepartmentState state) =>
        state.Name is null ? DeleteDepartmentText.SummaryNoOne : DeleteDepartmentText.Summary.With(state.Name);

    private async Task<AdaptiveCard> ShowPick(WizardTurn<DeleteDepartmentState> t)
    {
        if (t.State.Undeletable is { } key && (await t.Context.SnapshotAsync()).FindDepartment(key) is { } named && t.Errors.Count == 0
            && rules.CheckDepartmentDeletion(named) is [var refusal, ..])
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = refusal.Message.In(t.Language);
        }
        else if (t.State.Asked is { } asked && t.Errors.Count == 0)
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = DeleteDepartmentText.NotFound.Format(t.Language, asked);
        }
        var choices = new List<DepartmentChoice>();
        foreach (var d in await DeletableAsync(t.Context))
        {
            var members = (await repository.GetDepartmentAsync(t.Context.PbxId, d.Key, t.Context.CancellationToken))?.Value.Members.Count ?? 0;
            choices.Add(new DepartmentChoice(d.Key, d.Name, members));
        }
        return DepartmentChangeCards.Pick(t.Context.Cards, choices, t.State.Key, forDeletion: true, t.Errors);
    }

    private async Task<StepResult> SubmitPick(WizardTurn<DeleteDepartmentState> t)
    {
        var key = t.Text(DepartmentChangeCards.KeyDepartment);
        t.State.Asked = null;
        t.State.Undeletable = null;
        if (key is null || (await DeletableAsync(t.Context)).All(d => d.Key != key) || !await SelectAsync(t.Context, t.State, key))
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = DeleteDepartmentText.NotFound.Format(t.Language, key ?? "");
            return StepResult.Stay;
        }
        return StepResult.Next;
    }

    private async Task<AdaptiveCard> ShowConfirm(WizardTurn<DeleteDepartmentState> t)
    {
        var current = await repository.GetDepartmentAsync(t.Context.PbxId, t.State.Key!, t.Context.CancellationToken);
        var refusal = current is null ? null : Refusal(t, current.Value);
        return DepartmentChangeCards.ConfirmDelete(t.Context.Cards, t.State.Name ?? "", current?.Value.OfficeHours is not null, refusal, t.Errors);
    }

    private async Task<StepResult> Confirm(WizardTurn<DeleteDepartmentState> t)
    {
        var current = await repository.GetDepartmentAsync(t.Context.PbxId, t.State.Key!, t.Context.CancellationToken);
        if (current is null)
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = DeleteDepartmentText.Gone.Format(t.Language, t.State.Name);
            t.State.Key = null;
            return StepResult.GoTo(Pick);
        }
        // Rights and rules again, on fresh data: a card's data is never trusted.
        if (!t.Context.Operator.CanDeleteDepartment() || Refusal(t, current.Value) is not null)
        {
            return StepResult.Stay; // the card says why
        }
        if (current.ETag != t.State.ETag)
        {
            t.State.ETag = current.ETag;
            t.State.Name = current.Value.Name;
            t.Errors[WizardTurn<DeleteDepartmentState>.FormField] = DeleteDepartmentText.ChangedMeanwhile.Format(t.Language, current.Value.Name);
            return StepResult.Stay;
        }
        var before = current.Value;
        var target = $"department:{before.Key}";
        var order = changes.Order(t.Context.Operator, PbxChangeKind.DeleteDepartment, target, PbxChangeCards.DepartmentDeleted, before, null, t.Context.Origin);
        try
        {
            // The department stays in PbxBot until the PBX has deleted the group.
            await repository.CommitAsync(t.Context.PbxId,
                [PbxRepository.AuditChange(AuditEntries.For(t.Context.Operator, PbxChangeCards.DepartmentDeleted, target, before, null, t.Context.Now)), .. order.Commit],
                t.Context.CancellationToken);
            changes.Committed(order, t.Context.Origin);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        return StepResult.Finish(await outcomes.RenderAsync(order.Change, t.Context.CancellationToken), DeleteDepartmentText.Deleted.With(before.Name));
    }

    /// <summary>Why the rules refuse the deletion (members left, the default department), with how to get there; null when they do not.</summary>
    private string? Refusal(WizardTurn<DeleteDepartmentState> t, Department current)
    {
        if (rules.CheckDepartmentDeletion(current) is not [var refusal, ..])
        {
            return null;
        }
        return current.IsDefault ? refusal.Message.In(t.Language) : refusal.Message.In(t.Language) + " " + DeleteDepartmentText.HowToEmpty.Format(t.Language, current.Name);
    }

    private static async Task<IReadOnlyList<Department>> DeletableAsync(WizardContext context) =>
        (await context.SnapshotAsync()).Departments.Where(d => !d.IsDefault).OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToArray();

    private async Task<bool> SelectAsync(WizardContext context, DeleteDepartmentState state, string key)
    {
        if (await repository.GetDepartmentAsync(context.PbxId, key, context.CancellationToken) is not { } stored)
        {
            return false;
        }
        state.Key = stored.Value.Key;
        state.Name = stored.Value.Name;
        state.ETag = stored.ETag;
        return true;
    }
}
