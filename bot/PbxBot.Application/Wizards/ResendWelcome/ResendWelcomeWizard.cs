using System.Net.Mail;
using PbxBot.Application.Mail;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.ResendWelcome;

/// <summary>
/// Seed 000, step 9 ("Réinitialiser"): find the extension by number, name or e-mail (a choice when several
/// match), show who it is and where the mail goes (the address can be corrected), then issue fresh
/// credentials and queue a new welcome e-mail. The card then shows the delivery status.
/// </summary>
public sealed class ResendWelcomeWizard : Wizard<ResendWelcomeState>
{
    public const string WizardName = "resend-welcome";
    private const string Find = "find";
    private const string Confirmation = "confirm";

    private readonly PbxRepository repository;
    private readonly WelcomeEmailService welcome;
    private readonly PbxChangeQueue changes;

    public ResendWelcomeWizard(PbxRepository repository, WelcomeEmailService welcome, PbxChangeQueue changes)
    {
        this.repository = repository;
        this.welcome = welcome;
        this.changes = changes;
        Steps =
        [
            new(Find, ShowFind, SubmitFind),
            new(Confirmation, ShowConfirm, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => ResendWelcomeText.Title;

    public override Text Description => ResendWelcomeText.Description;

    public override int HelpOrder => 60;

    public override bool IsAllowed(Operator op) => op.CanResendWelcome();

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, ResendWelcomeState state, string? argument)
    {
        if (!string.IsNullOrWhiteSpace(argument))
        {
            await SearchAsync(context, state, argument);
            if (state.Results.Count == 1)
            {
                await SelectAsync(context, state, state.Results[0].Number);
            }
        }
        return null;
    }

    protected override string? FirstStep(ResendWelcomeState state) => state.Number is null ? null : Confirmation;

    protected override Text Summarize(ResendWelcomeState state) => state.Number is null
        ? ResendWelcomeText.SummaryNoOne
        : ResendWelcomeText.Summary.With($"{state.Name} ({state.Number})");

    private Task<AdaptiveCard> ShowFind(WizardTurn<ResendWelcomeState> t)
    {
        if (t.State.SearchTerm is { } term && t.State.Results.Count == 0 && !t.Errors.ContainsKey("search"))
        {
            t.Errors["search"] = ResendWelcomeText.NotFound.Format(t.Language, term);
        }
        return Task.FromResult(LookupCards.FindExtension(t.Context.Cards, ResendWelcomeText.Title.In(t.Language), t.State.SearchTerm,
            t.State.Results.Select(r => new Choice(r.Label, r.Number)).ToArray(), t.State.Number, t.Errors));
    }

    private async Task<StepResult> SubmitFind(WizardTurn<ResendWelcomeState> t)
    {
        if (t.Verb == "search")
        {
            await SearchAsync(t.Context, t.State, t.Text("search"));
            if (t.State.Results.Count == 1)
            {
                await SelectAsync(t.Context, t.State, t.State.Results[0].Number);
                return StepResult.Next;
            }
            return StepResult.Stay;
        }
        var number = t.Text("number");
        if (number is null || !await SelectAsync(t.Context, t.State, number))
        {
            t.Errors["number"] = ResendWelcomeText.Choose.In(t.Language);
            return StepResult.Stay;
        }
        return StepResult.Next;
    }

    private async Task<AdaptiveCard> ShowConfirm(WizardTurn<ResendWelcomeState> t)
    {
        var history = await welcome.GetStatusAsync(t.Context.PbxId, t.State.Number!, t.Context.CancellationToken);
        return ResendCards.Confirm(t.Context.Cards, t.State.Number!, t.State.Name!, t.State.DepartmentName, t.State.Email,
            history.Select(ToView).ToArray(), t.Errors);
    }

    private async Task<StepResult> Confirm(WizardTurn<ResendWelcomeState> t)
    {
        var corrected = t.Text("email");
        var current = await repository.GetExtensionAsync(t.Context.PbxId, t.State.Number!, t.Context.CancellationToken);
        if (current is null)
        {
            t.Errors["number"] = ResendWelcomeText.Choose.In(t.Language);
            return StepResult.GoTo(Find);
        }
        var address = string.IsNullOrWhiteSpace(corrected) ? current.Value.EmailAddress : corrected;
        if (address is null || !MailAddress.TryCreate(address, out _))
        {
            t.Errors["email"] = ResendWelcomeText.AddressNeeded.In(t.Language);
            return StepResult.Stay;
        }
        OutboxMessageView queued;
        PbxChangeOrder? correction = null;
        try
        {
            var changed = string.Equals(address, current.Value.EmailAddress, StringComparison.OrdinalIgnoreCase) ? null : address;
            // A corrected address goes to the PBX too (it sends its own welcome e-mail to the address it has), before the e-mail.
            var origin = new ChangeOrigin(t.Context.Turn, null, UpdatesCard: false);
            correction = changed is null ? null : changes.Order(t.Context.Operator, PbxChangeKind.UpdateExtension, $"extension:{current.Value.Number}",
                PbxChangeCards.EmailCorrected, current.Value, current.Value with { EmailAddress = changed }, origin);
            var message = await welcome.QueueResendAsync(t.Context.PbxId, current, changed, t.Context.Operator, t.Context.Turn.Conversation,
                t.Context.Turn.CardMessageId, t.Context.CancellationToken, correction?.Commit);
            if (correction is not null)
            {
                changes.Committed(correction, origin);
            }
            queued = new OutboxMessageView(message.Id, address);
        }
        catch (StoreConcurrencyException)
        {
            if (correction is not null)
            {
                changes.Abandoned(correction);
            }
            await SelectAsync(t.Context, t.State, t.State.Number!);
            t.Errors[WizardTurn<ResendWelcomeState>.FormField] = ResendWelcomeText.ChangedMeanwhile.In(t.Language);
            return StepResult.Stay;
        }
        var outcome = ResendWelcomeText.Queued.With(t.State.Name, t.State.Number, queued.Address);
        return StepResult.Finish(
            ResendCards.Status(t.Context.Cards, t.State.Number!, t.State.Name!, queued.Address, new DeliveryView(DeliveryState.Queued, t.Context.Now, null)),
            outcome);
    }

    private async Task SearchAsync(WizardContext context, ResendWelcomeState state, string? term)
    {
        state.SearchTerm = term;
        state.Number = null;
        state.Results = string.IsNullOrWhiteSpace(term)
            ? []
            : (await repository.SearchExtensionsAsync(context.PbxId, term, 10, context.CancellationToken))
                .Select(e => new ResendWelcomeState.Match { Number = e.Number, Label = $"{e.Number} — {e.DisplayName}{(e.EmailAddress is null ? "" : $" <{e.EmailAddress}>")}" })
                .ToList();
    }

    private async Task<bool> SelectAsync(WizardContext context, ResendWelcomeState state, string number)
    {
        var extension = await repository.GetExtensionAsync(context.PbxId, number, context.CancellationToken);
        if (extension is null)
        {
            return false;
        }
        var pbx = await context.SnapshotAsync();
        state.Number = extension.Value.Number;
        state.Name = extension.Value.DisplayName;
        state.Email = extension.Value.EmailAddress;
        state.DepartmentName = pbx.FindDepartment(extension.Value.Department)?.Name ?? extension.Value.Department;
        return true;
    }

    /// <summary>What the helpdesk sees of a delivery: queued, sent at, failed with the reason.</summary>
    public static DeliveryView ToView(Outbox.OutboxMessage m) => new(
        m.Status switch
        {
            Outbox.OutboxStatus.Sent => DeliveryState.Sent,
            Outbox.OutboxStatus.Failed => DeliveryState.Failed,
            Outbox.OutboxStatus.Sending => DeliveryState.Sending,
            _ => DeliveryState.Queued,
        },
        m.SentAt ?? m.CreatedAt,
        m.LastError);

    private sealed record OutboxMessageView(string Id, string Address);
}
