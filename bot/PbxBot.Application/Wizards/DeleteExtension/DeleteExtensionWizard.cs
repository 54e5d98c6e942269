using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.DeleteExtension;

/// <summary>
/// Removing a leaver: find the extension, a card that names what goes with it (its DID back in the pool, its
/// departments, its voicemail and recordings on the PBX) and asks for its number typed in full, then the deletion goes
/// to the PBX. PbxBot keeps the extension until the PBX has deleted the user; then the number is free again.
/// </summary>
public sealed class DeleteExtensionWizard : Wizard<DeleteExtensionState>
{
    public const string WizardName = "delete-extension";
    private const string Find = "find";
    private const string ConfirmStep = "confirm";

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly ExtensionLookup lookup;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;

    public DeleteExtensionWizard(RulesService rules, PbxRepository repository, ExtensionLookup lookup, PbxChangeQueue changes, PbxChangeCards outcomes)
    {
        this.rules = rules;
        this.repository = repository;
        this.lookup = lookup;
        this.changes = changes;
        this.outcomes = outcomes;
        Steps =
        [
            new(Find, ShowFind, SubmitFind),
            new(ConfirmStep, ShowConfirm, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => DeleteExtensionText.Title;

    public override Text Description => DeleteExtensionText.Description;

    public override int HelpOrder => 16;

    public override bool IsAllowed(Operator op) => op.CanCreateExtension(null);

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, DeleteExtensionState state, string? argument)
    {
        if (!string.IsNullOrWhiteSpace(argument))
        {
            await lookup.SearchAsync(context, state, argument);
            if (state.Results.Count == 1 && await SelectAsync(context, state, state.Results[0].Number) is not null)
            {
                state.Number = null;
            }
        }
        return null;
    }

    protected override string? FirstStep(DeleteExtensionState state) => state.Number is null ? null : ConfirmStep;

    protected override Text Summarize(DeleteExtensionState state) =>
        state.Number is null ? DeleteExtensionText.SummaryNoOne : DeleteExtensionText.Summary.With($"{state.Number} — {state.Name}");

    private Task<AdaptiveCard> ShowFind(WizardTurn<DeleteExtensionState> t) =>
        Task.FromResult(ExtensionLookup.Card(t.Context, DeleteExtensionText.Title.In(t.Language), t.State, t.State.Number, t.Errors));

    private async Task<StepResult> SubmitFind(WizardTurn<DeleteExtensionState> t)
    {
        if (t.Verb == "search")
        {
            return await lookup.SearchFromCardAsync(t, t.State);
        }
        var number = t.Text("number");
        var refusal = number is null ? DeleteExtensionText.ChooseExtension.In(t.Language) : await SelectAsync(t.Context, t.State, number);
        if (refusal is not null)
        {
            t.Errors["number"] = refusal;
            return StepResult.Stay;
        }
        return StepResult.Next;
    }

    private async Task<AdaptiveCard> ShowConfirm(WizardTurn<DeleteExtensionState> t)
    {
        var current = await repository.GetExtensionAsync(t.Context.PbxId, t.State.Number!, t.Context.CancellationToken);
        var pbx = await t.Context.SnapshotAsync();
        var departments = current?.Value.AllMemberships().Select(m => pbx.FindDepartment(m.Department)?.Name ?? m.Department).ToArray() ?? [];
        return ExtensionChangeCards.ConfirmDelete(t.Context.Cards, t.State.Number!, t.State.Name ?? "", current?.Value.Did, departments, t.Errors);
    }

    private async Task<StepResult> Confirm(WizardTurn<DeleteExtensionState> t)
    {
        var current = await repository.GetExtensionAsync(t.Context.PbxId, t.State.Number!, t.Context.CancellationToken);
        if (current is null)
        {
            t.Errors["number"] = DeleteExtensionText.Gone.Format(t.Language, t.State.Number);
            return StepResult.GoTo(Find);
        }
        // Rights again, on fresh data: a card's data is never trusted.
        if (rules.CheckMayTouch(current.Value, await t.Context.SnapshotAsync(), t.Context.Operator) is [var refusal, ..])
        {
            t.Errors["number"] = refusal.Message.In(t.Language);
            return StepResult.GoTo(Find);
        }
        if (!string.Equals(t.Text(ExtensionChangeCards.KeyTypedNumber), current.Value.Number, StringComparison.Ordinal))
        {
            t.Errors[ExtensionChangeCards.KeyTypedNumber] = DeleteExtensionText.WrongNumber.Format(t.Language, current.Value.Number);
            return StepResult.Stay;
        }
        if (current.ETag != t.State.ETag)
        {
            t.State.ETag = current.ETag;
            t.State.Name = current.Value.DisplayName;
            t.Errors[WizardTurn<DeleteExtensionState>.FormField] = DeleteExtensionText.ChangedMeanwhile.Format(t.Language, $"{current.Value.DisplayName} ({current.Value.Number})");
            return StepResult.Stay;
        }
        var target = $"extension:{current.Value.Number}";
        var before = current.Value with { Credential = null, WebClientPasswordHash = null };
        var order = changes.Order(t.Context.Operator, PbxChangeKind.DeleteExtension, target, PbxChangeCards.ExtensionDeleted, before, null, t.Context.Origin);
        try
        {
            // The extension stays in PbxBot until the PBX has deleted the user: the number is freed then, not before.
            await repository.CommitAsync(t.Context.PbxId,
                [PbxRepository.AuditChange(AuditEntries.For(t.Context.Operator, PbxChangeCards.ExtensionDeleted, target, before, null, t.Context.Now)), .. order.Commit],
                t.Context.CancellationToken);
            changes.Committed(order, t.Context.Origin);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        return StepResult.Finish(await outcomes.RenderAsync(order.Change, t.Context.CancellationToken), DeleteExtensionText.Deleted.With(current.Value.Number, current.Value.DisplayName));
    }

    private async Task<string?> SelectAsync(WizardContext context, DeleteExtensionState state, string number)
    {
        var extension = await repository.GetExtensionAsync(context.PbxId, number, context.CancellationToken);
        if (extension is null)
        {
            return DeleteExtensionText.ChooseExtension.In(context.Language);
        }
        if (rules.CheckMayTouch(extension.Value, await context.SnapshotAsync(), context.Operator) is [var refusal, ..])
        {
            return refusal.Message.In(context.Language);
        }
        state.Number = extension.Value.Number;
        state.Name = extension.Value.DisplayName;
        state.ETag = extension.ETag;
        return null;
    }
}
