using PbxBot.Application.PbxChanges;
using PbxBot.Application.Undo;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Undo;

/// <summary>
/// « annuler la dernière modification » / "undo": the change found (<see cref="UndoPlanner"/>), a review of what
/// reverting it restores, and on Confirm the reversal (<see cref="ChangeReversal"/>) — found, checked and prepared
/// again on fresh data, since anything may have changed between the review and the press.
/// </summary>
public sealed class UndoWizard : Wizard<UndoState>
{
    public const string WizardName = "undo";
    private const string Review = "review";

    private readonly UndoPlanner planner;
    private readonly ChangeReversal reversal;
    private readonly PbxChangeCards outcomes;

    public UndoWizard(UndoPlanner planner, ChangeReversal reversal, PbxChangeCards outcomes)
    {
        this.planner = planner;
        this.reversal = reversal;
        this.outcomes = outcomes;
        Steps = [new(Review, ShowReview, Confirm)];
    }

    public override string Name => WizardName;

    public override Text Title => UndoTexts.Title;

    public override Text Description => UndoTexts.Description;

    public override int HelpOrder => 80;

    public override bool IsAllowed(Operator op) => op.Role is not null;

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, UndoState state, string? argument)
    {
        var (change, refusal) = await planner.FindAsync(context.Operator, argument, context.Language, context.CancellationToken);
        if (change is null)
        {
            return new StartRefusal(new Text(refusal!, refusal!));
        }
        var reverting = await reversal.PrepareAsync(change, context.Operator, context.Language, context.CancellationToken);
        if (reverting.Refusal is { } why)
        {
            return new StartRefusal(new Text(why, why));
        }
        state.EntryId = change.Entry.Id;
        state.Argument = argument;
        state.TargetName = change.TargetName;
        return null;
    }

    protected override Text Summarize(UndoState state) => UndoTexts.Summary.With(state.TargetName ?? "");

    private async Task<AdaptiveCard> ShowReview(WizardTurn<UndoState> t)
    {
        var (change, refusal) = await planner.FindAsync(t.Context.Operator, t.State.Argument, t.Language, t.Context.CancellationToken);
        var reverting = change is null || change.Entry.Id != t.State.EntryId ? null : await reversal.PrepareAsync(change, t.Context.Operator, t.Language, t.Context.CancellationToken);
        if (reverting?.Refusal is { } why)
        {
            t.Errors.TryAdd(WizardTurn<UndoState>.FormField, why);
        }
        else if (reverting is null)
        {
            t.Errors.TryAdd(WizardTurn<UndoState>.FormField, refusal ?? UndoTexts.NothingOnTarget.Format(t.Language, t.State.TargetName));
        }
        var entry = change?.Entry;
        var view = new UndoView(
            t.State.TargetName ?? "",
            entry is null ? "" : UndoTexts.ActionLabel(entry.Action).In(t.Language),
            entry?.ActorName ?? "",
            entry is null ? "" : UndoPlanner.When(entry.At, t.Language),
            reverting?.Headline ?? "",
            reverting?.Changes ?? []);
        return UndoCards.Review(t.Context.Cards, view, t.Errors);
    }

    private async Task<StepResult> Confirm(WizardTurn<UndoState> t)
    {
        var (change, refusal) = await planner.FindAsync(t.Context.Operator, t.State.Argument, t.Language, t.Context.CancellationToken);
        if (change is null || change.Entry.Id != t.State.EntryId)
        {
            // Something else became the last change meanwhile: never revert what the operator did not review.
            t.Errors[WizardTurn<UndoState>.FormField] = refusal ?? UndoTexts.ChangedSince.Format(t.Language, t.State.TargetName, "?", "?");
            return StepResult.Stay;
        }
        var reverting = await reversal.PrepareAsync(change, t.Context.Operator, t.Language, t.Context.CancellationToken);
        if (reverting.Refusal is { } why || reverting.ApplyAsync is null)
        {
            t.Errors[WizardTurn<UndoState>.FormField] = reverting.Refusal ?? "";
            return StepResult.Stay;
        }
        PbxChange applied;
        try
        {
            applied = await reverting.ApplyAsync(t.Context.Origin, t.Context.CancellationToken);
        }
        catch (UndoRefusedException e)
        {
            t.Errors[WizardTurn<UndoState>.FormField] = e.Message;
            return StepResult.Stay;
        }
        return StepResult.Finish(await outcomes.RenderAsync(applied, t.Context.CancellationToken), UndoTexts.Done.With(change.TargetName));
    }
}
