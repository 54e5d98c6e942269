using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.EditDepartment;

/// <summary>
/// Changing a department: pick it, then the same settings and members cards as its creation, prefilled with today's
/// values; a review of only what changes; then the change goes to the PBX (the group's changed settings, and each
/// member who joins, leaves or gets another role). The rules hold as for a creation: a unique name (the department
/// itself aside), roles below the operator's, nobody at or above the operator touched, nobody dropped from their
/// primary department; and nobody — the operator included — is added or removed but those the operator picks.
/// </summary>
public sealed class EditDepartmentWizard : Wizard<EditDepartmentState>
{
    public const string WizardName = "edit-department";

    /// <summary>One commit holds the department, two writes per member changed, the audit entry and the PBX change.</summary>
    public const int MaxMemberChanges = (IPbxStore.MaxChangesPerCommit - 6) / 2;

    private const string Pick = "pick";
    private const string Settings = "settings";
    private const string Members = "members";
    private const string Review = "review";

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;

    public EditDepartmentWizard(RulesService rules, PbxRepository repository, PbxChangeQueue changes, PbxChangeCards outcomes)
    {
        this.rules = rules;
        this.repository = repository;
        this.changes = changes;
        this.outcomes = outcomes;
        Steps =
        [
            new(Pick, ShowPick, SubmitPick),
            new(Settings, ShowSettings, SubmitSettings),
            new(Members, ShowMembers, SubmitMembers),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => EditDepartmentText.Title;

    public override Text Description => EditDepartmentText.Description;

    public override int HelpOrder => 21;

    public override bool IsAllowed(Operator op) => op.Role is { } role && role >= Role.GroupAdmins;

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, EditDepartmentState state, string? argument)
    {
        var editable = await EditableAsync(context);
        if (editable.Count == 0)
        {
            return new StartRefusal(EditDepartmentText.NoneToEdit);
        }
        if (!string.IsNullOrWhiteSpace(argument) && DepartmentForm.Find(editable, argument) is { } department)
        {
            await SelectAsync(context, state, department.Key);
        }
        else if (!string.IsNullOrWhiteSpace(argument))
        {
            state.Name = argument; // said on the pick card
        }
        return null;
    }

    protected override string? FirstStep(EditDepartmentState state) => state.Key is null ? null : Settings;

    protected override Text Summarize(EditDepartmentState state) =>
        state.Key is null ? EditDepartmentText.SummaryNoOne : EditDepartmentText.Summary.With(state.OriginalName ?? state.Key);

    private async Task<AdaptiveCard> ShowPick(WizardTurn<EditDepartmentState> t)
    {
        if (t.State.Key is null && t.State.Name is { } asked && t.Errors.Count == 0)
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = EditDepartmentText.NotFound.Format(t.Language, asked);
        }
        return DepartmentChangeCards.Pick(t.Context.Cards, await ChoicesAsync(t.Context), t.State.Key, forDeletion: false, t.Errors);
    }

    private async Task<StepResult> SubmitPick(WizardTurn<EditDepartmentState> t)
    {
        var key = t.Text(DepartmentChangeCards.KeyDepartment);
        if (key is null || (await EditableAsync(t.Context)).All(d => d.Key != key) || !await SelectAsync(t.Context, t.State, key))
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = EditDepartmentText.NotFound.Format(t.Language, key ?? "");
            return StepResult.Stay;
        }
        return StepResult.Next;
    }

    private Task<AdaptiveCard> ShowSettings(WizardTurn<EditDepartmentState> t) =>
        Task.FromResult(DepartmentCards.Settings(t.Context.Cards, DepartmentForm.Values(t.State), t.Errors, TitleOf(t)));

    private async Task<StepResult> SubmitSettings(WizardTurn<EditDepartmentState> t)
    {
        DepartmentForm.ReadSettings(t);
        var (_, validation) = await ValidateAsync(t);
        return t.Accept(validation, DepartmentFields.Name, DepartmentFields.Language, DepartmentFields.Transcription) ? StepResult.Next : StepResult.Stay;
    }

    private Task<AdaptiveCard> ShowMembers(WizardTurn<EditDepartmentState> t) =>
        Task.FromResult(DepartmentCards.Members(t.Context.Cards, DepartmentForm.Values(t.State), t.Context.Operator.AssignableRoles(), t.Errors, TitleOf(t)));

    private async Task<StepResult> SubmitMembers(WizardTurn<EditDepartmentState> t)
    {
        if (await DepartmentForm.MembersAsync(t, repository) is { } stay)
        {
            return stay;
        }
        var (_, validation) = await ValidateAsync(t);
        return t.Accept(validation, DepartmentFields.Members) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<EditDepartmentState> t)
    {
        var (current, validation) = await ValidateAsync(t);
        t.Accept(validation);
        var diff = current is null || validation.Value is null ? [] : await DiffAsync(t, current.Value, validation.Value);
        return DepartmentChangeCards.Review(t.Context.Cards, t.State.OriginalName ?? "", diff, t.Errors);
    }

    private async Task<StepResult> Confirm(WizardTurn<EditDepartmentState> t)
    {
        var (current, validation) = await ValidateAsync(t);
        if (current is null)
        {
            t.Errors[DepartmentChangeCards.KeyDepartment] = EditDepartmentText.Gone.Format(t.Language, t.State.OriginalName);
            t.State.Key = null;
            return StepResult.GoTo(Pick);
        }
        if (current.ETag != t.State.ETag)
        {
            return await ChangedMeanwhileAsync(t, current);
        }
        if (!t.Accept(validation) || validation.Value is null)
        {
            return StepResult.GoTo(validation.Errors.Any(e => e.Field == DepartmentFields.Members) ? Members : Settings);
        }
        var before = current.Value;
        var after = validation.Value;
        var diff = await DiffAsync(t, before, after);
        if (diff.Count == 0)
        {
            return StepResult.Stay; // the review says nothing changes
        }
        var memberChanges = before.Members.Concat(after.Members).Except(before.Members.Intersect(after.Members)).Select(m => m.Number).Distinct().Count();
        if (memberChanges > MaxMemberChanges)
        {
            t.Errors[DepartmentFields.Members] = EditDepartmentText.TooMany.Format(t.Language, memberChanges, MaxMemberChanges);
            return StepResult.GoTo(Members);
        }
        var target = $"department:{before.Key}";
        var order = changes.Order(t.Context.Operator, PbxChangeKind.UpdateDepartment, target, PbxChangeCards.DepartmentUpdated, before, after, t.Context.Origin);
        try
        {
            var writes = await repository.DepartmentUpdateChangesAsync(t.Context.PbxId, current, after, t.Context.CancellationToken);
            writes.Add(PbxRepository.AuditChange(AuditEntries.For(t.Context.Operator, PbxChangeCards.DepartmentUpdated, target, before, after, t.Context.Now)));
            writes.AddRange(order.Commit);
            await repository.CommitAsync(t.Context.PbxId, writes, t.Context.CancellationToken);
            changes.Committed(order, t.Context.Origin);
        }
        catch (StoreConcurrencyException)
        {
            changes.Abandoned(order);
            t.Context.Refresh();
            return await repository.GetDepartmentAsync(t.Context.PbxId, before.Key, t.Context.CancellationToken) is { } fresh
                ? await ChangedMeanwhileAsync(t, fresh)
                : StepResult.GoTo(Pick);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        return StepResult.Finish(await outcomes.RenderAsync(order.Change, t.Context.CancellationToken),
            EditDepartmentText.Saved.With(after.Name, string.Join(", ", diff.Select(c => c.Label))));
    }

    /// <summary>Someone changed it since it was opened: their changes become the basis, the operator's own edits stay.</summary>
    private async Task<StepResult> ChangedMeanwhileAsync(WizardTurn<EditDepartmentState> t, Stored<Department> fresh)
    {
        var now = await FormOfAsync(t.Context, fresh.Value);
        DepartmentForm.Rebase(t.State, t.State.Opened ?? now, now);
        t.State.Opened = now;
        t.State.ETag = fresh.ETag;
        t.Errors[WizardTurn<EditDepartmentState>.FormField] = EditDepartmentText.ChangedMeanwhile.Format(t.Language, fresh.Value.Name);
        return StepResult.GoTo(Review);
    }

    /// <summary>The departments this operator may change: every one for a system admin, their own for a department admin.</summary>
    private static async Task<IReadOnlyList<Department>> EditableAsync(WizardContext context) =>
        (await context.SnapshotAsync()).Departments.Where(d => context.Operator.CanEditDepartment(d.Key)).OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToArray();

    private async Task<IReadOnlyList<DepartmentChoice>> ChoicesAsync(WizardContext context)
    {
        var choices = new List<DepartmentChoice>();
        foreach (var d in await EditableAsync(context))
        {
            var members = (await repository.GetDepartmentAsync(context.PbxId, d.Key, context.CancellationToken))?.Value.Members.Count ?? 0;
            choices.Add(new DepartmentChoice(d.Key, d.Name, members));
        }
        return choices;
    }

    /// <summary>Fills the cards with the department's values today, members and their names included.</summary>
    private async Task<bool> SelectAsync(WizardContext context, EditDepartmentState state, string key)
    {
        if (await repository.GetDepartmentAsync(context.PbxId, key, context.CancellationToken) is not { } stored)
        {
            return false;
        }
        var d = stored.Value;
        var form = await FormOfAsync(context, d);
        state.Key = d.Key;
        state.OriginalName = d.Name;
        state.ETag = stored.ETag;
        state.Opened = form;
        state.Name = form.Name;
        state.Language = form.Language;
        state.Visible = form.Visible;
        state.Transcription = form.Transcription;
        state.Members = [.. form.Members.Select(m => new MemberEntry { Number = m.Number, Name = m.Name, Role = m.Role })];
        return true;
    }

    private Task<DepartmentFormState> FormOfAsync(WizardContext context, Department d) =>
        DepartmentForm.OfAsync(d, async number => (await repository.GetExtensionAsync(context.PbxId, number, context.CancellationToken))?.Value.DisplayName);

    /// <summary>The department as stored now, and the operator's values checked against it by the rules.</summary>
    private async Task<(Stored<Department>? Current, Validation<Department> Validation)> ValidateAsync(WizardTurn<EditDepartmentState> t)
    {
        var current = t.State.Key is null ? null : await repository.GetDepartmentAsync(t.Context.PbxId, t.State.Key, t.Context.CancellationToken);
        if (current is null || !t.Context.Operator.CanEditDepartment(current.Value.Key))
        {
            return (null, new Validation<Department>(null, [], []));
        }
        var primary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in current.Value.Members)
        {
            if ((await repository.GetExtensionAsync(t.Context.PbxId, m.Number, t.Context.CancellationToken))?.Value.Department == current.Value.Key)
            {
                primary.Add(m.Number);
            }
        }
        var draft = DepartmentForm.Draft(t.State, withMembers: true);
        return (current, rules.ValidateDepartmentChange(draft, current.Value, primary, await t.Context.SnapshotAsync(), t.Context.Operator));
    }

    private async Task<IReadOnlyList<FieldChange>> DiffAsync(WizardTurn<EditDepartmentState> t, Department before, Department after)
    {
        var names = await outcomes.MemberNamesAsync(t.Context.PbxId, before, after, t.Context.CancellationToken);
        return DepartmentDiff.Of(before, after, n => names.GetValueOrDefault(n, ""), t.Language);
    }

    private static string TitleOf(WizardTurn<EditDepartmentState> t) => DepartmentChangeCards.Title(t.Context.Cards, t.State.OriginalName ?? "");
}
