using PbxBot.Application.Outbox;
using PbxBot.Application.Requests;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.CreateExtension;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.RequestExtension;

/// <summary>
/// A manager asks for an extension in their department: the create-extension cards, limited to their
/// department(s) and the roles they may request, the number optionally left to "first free at approval", and a
/// reason. Saved as a pending request; the approvers are notified (through the outbox).
/// </summary>
public sealed class RequestExtensionWizard : Wizard<CreateExtensionState>
{
    public const string WizardName = "request-extension";
    private const string Identity = "identity";
    private const string Placement = "placement";
    private const string Review = "review";

    private static readonly Text TitleText = new("Demander une extension", "Request an extension");
    private static readonly Text DescriptionText = new(
        "Pour un nouvel arrivant de votre département : un administrateur approuve, vous êtes prévenu.",
        "For a newcomer in your department: an administrator approves, you are told.");
    private static readonly Text SummaryText = new("demander une extension pour {0}", "requesting an extension for {0}");
    private static readonly Text SummaryNoName = new("demander une extension", "requesting an extension");
    private static readonly Text Submitted = new("Demande {0} envoyée.", "Request {0} sent.");
    private static readonly Text NoDepartment = new("Vous n'êtes manager d'aucun département de ce 3CX.", "You are not the manager of any department of this 3CX.");

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly RequestNotifications notifications;
    private readonly IOutboxSignal outbox;
    private readonly TimeProvider time;

    public RequestExtensionWizard(RulesService rules, PbxRepository repository, RequestNotifications notifications, IOutboxSignal outbox, TimeProvider time)
    {
        this.rules = rules;
        this.repository = repository;
        this.notifications = notifications;
        this.outbox = outbox;
        this.time = time;
        Steps =
        [
            new(Identity, ShowIdentity, SubmitIdentity),
            new(Placement, ShowPlacement, SubmitPlacement),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => TitleText;

    public override Text Description => DescriptionText;

    public override int HelpOrder => 50;

    public override bool IsAllowed(Operator op) => op.CanRequestExtension(null);

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, CreateExtensionState state, string? argument)
    {
        var pbx = await context.SnapshotAsync();
        var mine = pbx.Departments.Where(d => context.Operator.CanRequestExtension(d.Key)).ToArray();
        if (mine.Length == 0)
        {
            return new StartRefusal(NoDepartment);
        }
        state.NumberAtApproval = true;
        state.Number = rules.FirstFreeNumber(pbx);
        state.Department = mine[0].Key;
        state.Role = Role.Users.RoleName();
        return null;
    }

    protected override Text Summarize(CreateExtensionState state)
    {
        var name = $"{state.FirstName} {state.LastName}".Trim();
        return name.Length == 0 ? SummaryNoName : SummaryText.With(name);
    }

    private async Task<AdaptiveCard> ShowIdentity(WizardTurn<CreateExtensionState> t) =>
        ExtensionCards.Identity(t.Context.Cards, ExtensionForm.Values(t.State), await OptionsAsync(t), t.Errors, t.Warnings, ExtensionCardMode.Request);

    private async Task<StepResult> SubmitIdentity(WizardTurn<CreateExtensionState> t)
    {
        ExtensionForm.ReadIdentity(t);
        return t.Accept(await ValidateAsync(t), ExtensionForm.IdentityFields) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowPlacement(WizardTurn<CreateExtensionState> t) =>
        ExtensionCards.Placement(t.Context.Cards, ExtensionForm.Values(t.State), await OptionsAsync(t), t.Errors, t.Warnings, ExtensionCardMode.Request);

    private async Task<StepResult> SubmitPlacement(WizardTurn<CreateExtensionState> t)
    {
        ExtensionForm.ReadPlacement(t);
        if (t.State.Department is { } key && !t.Context.Operator.CanRequestExtension(key))
        {
            t.Errors[ExtensionFields.Department] = NoDepartment.In(t.Language);
        }
        if (string.IsNullOrWhiteSpace(t.State.Reason))
        {
            t.Errors["reason"] = new Text("Expliquez pourquoi cette extension est nécessaire.", "Explain why this extension is needed.").In(t.Language);
        }
        return t.Accept(await ValidateAsync(t), ExtensionForm.PlacementFields) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<CreateExtensionState> t)
    {
        t.Accept(await ValidateAsync(t));
        return ExtensionCards.Review(t.Context.Cards, ExtensionForm.Values(t.State), await OptionsAsync(t), t.Warnings, ExtensionCardMode.Request);
    }

    private async Task<StepResult> Confirm(WizardTurn<CreateExtensionState> t)
    {
        var validation = await ValidateAsync(t);
        if (!t.Accept(validation) || t.State.Department is not { } key || !t.Context.Operator.CanRequestExtension(key))
        {
            return StepResult.GoTo(validation.Errors.Any(e => ExtensionForm.IdentityFields.Contains(e.Field)) ? Identity : Placement);
        }
        var pbx = await t.Context.SnapshotAsync();
        var now = time.GetUtcNow();
        var draft = ExtensionForm.Draft(t.State) with
        {
            FirstName = validation.Value!.FirstName,
            LastName = validation.Value.LastName,
            EmailAddress = validation.Value.EmailAddress,
            Mobile = validation.Value.Mobile,
        };
        var id = Guid.NewGuid().ToString("N");
        var request = new ExtensionRequest
        {
            Id = id,
            Reference = "R-" + id[..6].ToUpperInvariant(),
            PbxId = t.Context.PbxId,
            RequestedBy = t.Context.Operator.UserId,
            RequestedByName = t.Context.Operator.DisplayName,
            RequestedAt = now,
            Draft = draft,
            Reason = t.State.Reason,
            Language = t.Language,
        };
        var (messages, reachable) = await notifications.ForNewRequestAsync(request, pbx.Settings, t.Context.Turn.Conversation.BotId, now, t.Context.CancellationToken);
        var audit = AuditEntries.For(t.Context.Operator, "request.created", $"request:{request.Id}", null, request, now);
        await repository.CreateRequestAsync(request, audit, messages, t.Context.CancellationToken);
        outbox.Notify();
        var view = RequestViews.View(request, pbx.Settings.DisplayName, pbx.FindDepartment(key)?.Name ?? key);
        return StepResult.Finish(RequestCards.Submitted(t.Context.Cards, view, reachable),
            Submitted.With(request.Reference));
    }

    private async Task<Validation<Extension>> ValidateAsync(WizardTurn<CreateExtensionState> t) =>
        rules.ValidateExtension(ExtensionForm.Draft(t.State), await t.Context.SnapshotAsync(), t.Context.Operator, t.Context.Now);

    private static async Task<ExtensionFormOptions> OptionsAsync(WizardTurn<CreateExtensionState> t)
    {
        var op = t.Context.Operator;
        var pbx = await t.Context.SnapshotAsync();
        var options = ExtensionForm.Options(pbx, op, op.AssignableRoles(), onlyActorsDepartments: true);
        return options with { Departments = options.Departments.Where(d => op.CanRequestExtension(d.Value)).ToArray() };
    }
}
