using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.CreateExtension;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.EditExtension;

/// <summary>
/// Seed 000's "ou la modifier": find the extension, one card prefilled with today's values (the number never changes),
/// a review of only what changes, then the change goes to the PBX (only the changed fields). The role rules hold: never
/// a role at or above one's own, never someone at or above one's own role, a department admin only within theirs.
/// Two admins editing at once: the second is told it changed since they opened it, and keeps their edits.
/// </summary>
public sealed class EditExtensionWizard : Wizard<EditExtensionState>
{
    public const string WizardName = "edit-extension";
    private const string Find = "find";
    private const string Edit = "edit";
    private const string Review = "review";

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly ExtensionLookup lookup;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;
    private readonly IOutboxSignal outbox;

    public EditExtensionWizard(RulesService rules, PbxRepository repository, ExtensionLookup lookup, PbxChangeQueue changes, PbxChangeCards outcomes, IOutboxSignal outbox)
    {
        this.rules = rules;
        this.repository = repository;
        this.lookup = lookup;
        this.changes = changes;
        this.outcomes = outcomes;
        this.outbox = outbox;
        Steps =
        [
            new(Find, ShowFind, SubmitFind),
            new(Edit, ShowEdit, SubmitEdit),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => EditExtensionText.Title;

    public override Text Description => EditExtensionText.Description;

    public override int HelpOrder => 15;

    public override bool IsAllowed(Operator op) => op.CanCreateExtension(null);

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, EditExtensionState state, string? argument)
    {
        if (!string.IsNullOrWhiteSpace(argument))
        {
            await lookup.SearchAsync(context, state, argument);
            if (state.Results.Count == 1 && await SelectAsync(context, state, state.Results[0].Number) is not null)
            {
                state.Number = null; // shown on the search card, and said again on Next
            }
        }
        return null;
    }

    protected override string? FirstStep(EditExtensionState state) => state.Number is null ? null : Edit;

    protected override Text Summarize(EditExtensionState state) =>
        state.Number is null ? EditExtensionText.SummaryNoOne : EditExtensionText.Summary.With($"{state.Number} — {state.Name}");

    private Task<AdaptiveCard> ShowFind(WizardTurn<EditExtensionState> t) =>
        Task.FromResult(ExtensionLookup.Card(t.Context, EditExtensionText.Title.In(t.Language), t.State, t.State.Number, t.Errors));

    private async Task<StepResult> SubmitFind(WizardTurn<EditExtensionState> t)
    {
        if (t.Verb == "search")
        {
            return await lookup.SearchFromCardAsync(t, t.State);
        }
        var number = t.Text("number");
        var refusal = number is null ? EditExtensionText.ChooseExtension.In(t.Language) : await SelectAsync(t.Context, t.State, number);
        if (refusal is not null)
        {
            t.Errors["number"] = refusal;
            return StepResult.Stay;
        }
        return StepResult.Next;
    }

    private async Task<AdaptiveCard> ShowEdit(WizardTurn<EditExtensionState> t) =>
        ExtensionChangeCards.Edit(t.Context.Cards, t.State.Number!, t.State.Name ?? "", Values(t.State), await OptionsAsync(t), t.Errors, t.Warnings);

    private async Task<StepResult> SubmitEdit(WizardTurn<EditExtensionState> t)
    {
        Read(t);
        var (current, validation) = await ValidateAsync(t);
        if (current is null)
        {
            t.Errors[WizardTurn<EditExtensionState>.FormField] = EditExtensionText.Gone.Format(t.Language, t.State.Number);
            return StepResult.Stay;
        }
        return t.Accept(validation) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<EditExtensionState> t)
    {
        var (current, validation) = await ValidateAsync(t);
        t.Accept(validation);
        var diff = current is null || validation.Value is null ? [] : ExtensionDiff.Of(current.Value, Updated(current.Value, validation.Value), (await t.Context.SnapshotAsync()).Departments, t.Language);
        var emailChanged = current is not null && validation.Value is { EmailAddress: not null } v && !string.Equals(v.EmailAddress, current.Value.EmailAddress, StringComparison.OrdinalIgnoreCase);
        return ExtensionChangeCards.Review(t.Context.Cards, t.State.Number!, t.State.Name ?? "", diff, emailChanged, t.Warnings);
    }

    private async Task<StepResult> Confirm(WizardTurn<EditExtensionState> t)
    {
        t.State.ResendWelcome = t.Flag(ExtensionChangeCards.KeyResend, t.State.ResendWelcome);
        var (current, validation) = await ValidateAsync(t);
        if (current is null)
        {
            t.Errors[WizardTurn<EditExtensionState>.FormField] = EditExtensionText.Gone.Format(t.Language, t.State.Number);
            return StepResult.GoTo(Find);
        }
        if (current.ETag != t.State.ETag)
        {
            if (t.State.Opened is not { } opened || ValuesOf(current.Value) != opened)
            {
                return ChangedMeanwhile(t, current);
            }
            // Only PbxBot's own bookkeeping was written since (the PBX's user id, once the PBX applied an earlier
            // change): nothing the operator saw changed, so nothing to tell them. The save below is guarded by the new ETag.
            t.State.ETag = current.ETag;
        }
        if (!t.Accept(validation) || validation.Value is null)
        {
            return StepResult.GoTo(Edit);
        }
        var before = current.Value;
        var after = Updated(before, validation.Value);
        var now = t.Context.Now;
        var target = $"extension:{before.Number}";
        var order = changes.Order(t.Context.Operator, PbxChangeKind.UpdateExtension, target, PbxChangeCards.ExtensionUpdated, before, after, t.Context.Origin);
        try
        {
            var writes = await repository.ExtensionUpdateChangesAsync(t.Context.PbxId, current, after, t.Context.CancellationToken);
            writes.Add(PbxRepository.AuditChange(AuditEntries.For(t.Context.Operator, PbxChangeCards.ExtensionUpdated, target, Redacted(before), Redacted(after), now)));
            writes.AddRange(order.Commit);
            var resend = t.State.ResendWelcome && after.EmailAddress is not null && !string.Equals(after.EmailAddress, before.EmailAddress, StringComparison.OrdinalIgnoreCase);
            if (resend)
            {
                // Queued behind the change: the PBX (or PbxBot's mailer) sends it to the new address once the PBX has it.
                var settings = (await t.Context.SnapshotAsync()).Settings;
                writes.Add(OutboxDocument.Enqueue(WelcomeEmailService.NewWelcomeEmail(t.Context.PbxId, before.Number, settings.DefaultLanguage, now, t.Context.Turn.Conversation, isResend: true)));
            }
            await repository.CommitAsync(t.Context.PbxId, writes, t.Context.CancellationToken);
            changes.Committed(order, t.Context.Origin);
        }
        catch (DidTakenException e)
        {
            changes.Abandoned(order);
            t.State.Did = null;
            t.Errors[ExtensionFields.Did] = EditExtensionText.DidTaken.Format(t.Language, e.Did);
            return StepResult.GoTo(Edit);
        }
        catch (StoreConcurrencyException)
        {
            changes.Abandoned(order);
            t.Context.Refresh();
            return await repository.GetExtensionAsync(t.Context.PbxId, before.Number, t.Context.CancellationToken) is { } fresh
                ? ChangedMeanwhile(t, fresh)
                : StepResult.GoTo(Find);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        var summary = string.Join(", ", ExtensionDiff.Of(before, after, (await t.Context.SnapshotAsync()).Departments, t.Language).Select(c => c.Label));
        return StepResult.Finish(await outcomes.RenderAsync(order.Change, t.Context.CancellationToken), EditExtensionText.Saved.With(before.Number, summary));
    }

    /// <summary>
    /// Someone changed it since it was opened: what the operator changed is kept, every field they left alone takes the
    /// new value (a three-way merge), and the edit card shows the result to check.
    /// </summary>
    private static StepResult ChangedMeanwhile(WizardTurn<EditExtensionState> t, Stored<Extension> fresh)
    {
        var s = t.State;
        var now = ValuesOf(fresh.Value);
        var was = s.Opened ?? now;
        T Pick<T>(T mine, T opened, T theirs) => EqualityComparer<T>.Default.Equals(mine, opened) ? theirs : mine;
        s.FirstName = Pick(s.FirstName, was.FirstName, now.FirstName);
        s.LastName = Pick(s.LastName, was.LastName, now.LastName);
        s.Email = Pick(s.Email, was.Email, now.Email);
        s.Mobile = Pick(s.Mobile, was.Mobile, now.Mobile);
        s.Department = Pick(s.Department, was.Department, now.Department);
        s.Role = Pick(s.Role, was.Role, now.Role);
        s.Require2FA = Pick(s.Require2FA, was.Require2FA, now.Require2FA);
        s.Did = Pick(s.Did, was.Did, now.Did);
        s.Opened = now;
        s.ETag = fresh.ETag;
        s.Name = fresh.Value.DisplayName;
        t.Errors[WizardTurn<EditExtensionState>.FormField] = EditExtensionText.ChangedMeanwhile.Format(t.Language, $"{fresh.Value.DisplayName} ({fresh.Value.Number})");
        return StepResult.GoTo(Edit);
    }

    private static EditableValues ValuesOf(Extension e) =>
        new(e.FirstName, e.LastName, e.EmailAddress, e.Mobile, e.Department, e.Role.RoleName(), e.Require2FA, e.Did);

    /// <summary>Picks the extension and fills the form with today's values, or says why this operator may not touch it.</summary>
    private async Task<string?> SelectAsync(WizardContext context, EditExtensionState state, string number)
    {
        var extension = await repository.GetExtensionAsync(context.PbxId, number, context.CancellationToken);
        if (extension is null)
        {
            return EditExtensionText.ChooseExtension.In(context.Language);
        }
        if (rules.CheckMayTouch(extension.Value, await context.SnapshotAsync(), context.Operator) is [var refusal, ..])
        {
            return refusal.Message.In(context.Language);
        }
        var e = extension.Value;
        state.Number = e.Number;
        state.Name = e.DisplayName;
        state.ETag = extension.ETag;
        state.FirstName = e.FirstName;
        state.LastName = e.LastName;
        state.Email = e.EmailAddress;
        state.Mobile = e.Mobile;
        state.Department = e.Department;
        state.Role = e.Role.RoleName();
        state.Require2FA = e.Require2FA;
        state.Did = e.Did;
        state.Opened = ValuesOf(e);
        return null;
    }

    /// <summary>The extension as stored now, and the operator's values checked against it by the rules.</summary>
    private async Task<(Stored<Extension>? Current, Validation<Extension> Validation)> ValidateAsync(WizardTurn<EditExtensionState> t)
    {
        var current = await repository.GetExtensionAsync(t.Context.PbxId, t.State.Number!, t.Context.CancellationToken);
        if (current is null)
        {
            return (null, new Validation<Extension>(null, [], []));
        }
        var draft = new ExtensionDraft
        {
            Number = current.Value.Number,
            FirstName = t.State.FirstName,
            LastName = t.State.LastName,
            EmailAddress = t.State.Email,
            Mobile = t.State.Mobile,
            Department = t.State.Department,
            Role = Roles.TryParse(t.State.Role, out var role) ? role : (Role)(-1),
            Require2FA = t.State.Require2FA,
            Did = t.State.Did,
        };
        return (current, rules.ValidateExtensionChange(draft, current.Value, await t.Context.SnapshotAsync(), t.Context.Operator, t.Context.Now));
    }

    /// <summary>The stored extension with the new values; what only PbxBot keeps (PBX id, credential) stays.</summary>
    private static Extension Updated(Extension current, Extension valid)
    {
        var moved = current.Department != valid.Department || current.Role != valid.Role
            ? PbxRepository.WithPrimaryDepartment(current, valid.Department, valid.Role)
            : current;
        return moved with
        {
            FirstName = valid.FirstName,
            LastName = valid.LastName,
            EmailAddress = valid.EmailAddress,
            Mobile = valid.Mobile,
            Require2FA = valid.Require2FA,
            Did = valid.Did,
        };
    }

    private static void Read(WizardTurn<EditExtensionState> t)
    {
        var s = t.State;
        s.FirstName = t.Text(ExtensionFields.FirstName) ?? s.FirstName;
        s.LastName = t.Text(ExtensionFields.LastName) ?? s.LastName;
        if (t.Has(ExtensionFields.Email))
        {
            s.Email = ExtensionForm.NullIfEmpty(t.Text(ExtensionFields.Email));
        }
        if (t.Has(ExtensionFields.Mobile))
        {
            s.Mobile = ExtensionForm.NullIfEmpty(t.Text(ExtensionFields.Mobile));
        }
        s.Department = ExtensionForm.NullIfEmpty(t.Text(ExtensionFields.Department)) ?? s.Department;
        s.Role = ExtensionForm.NullIfEmpty(t.Text(ExtensionFields.Role)) ?? s.Role;
        s.Require2FA = t.Flag(ExtensionFields.Require2FA, s.Require2FA);
        if (t.Has(ExtensionFields.Did))
        {
            s.Did = ExtensionForm.NullIfEmpty(t.Text(ExtensionFields.Did)) is { } did && did != ExtensionCards.NoDid ? did : null;
        }
    }

    private static ExtensionFormValues Values(EditExtensionState s) =>
        new(s.Number, s.FirstName, s.LastName, s.Email, s.Mobile, s.Department, s.Role, s.Require2FA, s.Did);

    private static async Task<ExtensionFormOptions> OptionsAsync(WizardTurn<EditExtensionState> t)
    {
        var op = t.Context.Operator;
        return ExtensionForm.Options(await t.Context.SnapshotAsync(), op, op.AssignableRoles(), onlyActorsDepartments: !op.Role.GetValueOrDefault().IsSystemRole());
    }

    private static Extension Redacted(Extension e) => e with { Credential = null, WebClientPasswordHash = null };
}
