using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>A request as its cards show it.</summary>
public sealed record RequestView(
    string PbxId, string RequestId, string Reference, string PbxName, string RequestedByName, DateTimeOffset RequestedAt,
    ExtensionFormValues Draft, string DepartmentName, RequestStatus Status, string? DecidedByName, DateTimeOffset? DecidedAt,
    string? RejectionReason, string? CreatedNumber);

/// <summary>
/// A manager's extension request as approvers see it (Approve / Reject with a reason, refreshed for everyone once
/// decided) and as the manager sees it (submitted, my requests).
/// </summary>
public static class RequestCards
{
    public const string VerbApprove = "request.approve";
    public const string VerbReject = "request.reject";
    public const string VerbCancel = "request.cancel";
    public const string VerbRefresh = "request.refresh";

    private static readonly Text PendingTitle = new("Demande d'extension {0}", "Extension request {0}");
    private static readonly Text PendingText = new("{0} demande une extension sur {1}.", "{0} requests an extension on {1}.");
    private static readonly Text Approve = new("Approuver", "Approve");
    private static readonly Text ApproveWith = new("Approuver avec le {0}", "Approve with {0}");
    private static readonly Text Reject = new("Refuser", "Reject");
    private static readonly Text ReasonLabel = new("Motif du refus (obligatoire pour refuser)", "Reason for rejecting (required to reject)");
    private static readonly Text Approved = new("Approuvée par {0} le {1} : extension {2} créée.", "Approved by {0} on {1}: extension {2} created.");
    private static readonly Text Rejected = new("Refusée par {0} le {1} : {2}", "Rejected by {0} on {1}: {2}");
    private static readonly Text Cancelled = new("Annulée par le demandeur le {0}.", "Cancelled by the requester on {0}.");
    private static readonly Text Pending = new("En attente d'approbation.", "Waiting for approval.");
    private static readonly Text SubmittedTitle = new("Demande {0} envoyée", "Request {0} sent");
    private static readonly Text SubmittedText = new(
        "Les administrateurs de {0} ont été prévenus. Vous serez notifié de leur décision ; « mes demandes » montre où elle en est.",
        "The administrators of {0} have been notified. You will be told their decision; \"my requests\" shows where it stands.");
    private static readonly Text NoApprover = new(
        "Attention : aucun administrateur n'a encore ouvert de conversation avec PbxBot ni de canal d'approbation configuré ; la demande attendra qu'un administrateur consulte « demandes en attente ».",
        "Note: no administrator has opened a chat with PbxBot yet and no approval channel is set; the request waits until an administrator checks \"pending requests\".");
    private static readonly Text CancelRequest = new("Annuler la demande", "Cancel the request");
    private static readonly Text MyTitle = new("Mes demandes", "My requests");
    private static readonly Text PendingListTitle = new("Demandes en attente", "Pending requests");
    private static readonly Text NoRequest = new("Aucune demande.", "No request.");
    private static readonly Text FactRequester = new("Demandeur", "Requested by");
    private static readonly Text FactWhen = new("Le", "On");
    private static readonly Text FactStatus = new("Statut", "Status");
    private static readonly Text FirstFree = new("premier libre à l'approbation", "first free when approved");
    private static readonly Text FactNumber = new("Numéro", "Number");
    private static readonly Text FactName = new("Nom", "Name");
    private static readonly Text FactEmail = new("E-mail", "E-mail");
    private static readonly Text FactDepartment = new("Département", "Department");
    private static readonly Text FactRole = new("Rôle", "Role");
    private static readonly Text FactDid = new("SDA", "DID");
    private static readonly Text FactReason = new("Motif", "Reason");
    private static readonly Text OutcomeTitle = new("Votre demande {0}", "Your request {0}");

    /// <summary>The approvers' card. Pending: Approve / Reject (with the reason). Decided: who, when, what.</summary>
    public static AdaptiveCard ForApprovers(CardContext context, RequestView r, IReadOnlyList<string>? refreshUserIds = null, string? error = null, string? offeredNumber = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(r);
        var title = context.Say(PendingTitle, r.Reference);
        var data = new JsonObject { ["pbx"] = r.PbxId, ["request"] = r.RequestId };
        List<CardElement> body =
        [
            CardLayout.Header(title, context.Say(PendingText, r.RequestedByName, r.PbxName)),
            CardLayout.Review(context, Facts(context, r)),
            Status(context, r),
        ];
        if (error is not null)
        {
            body.Add(new TextBlock(error) { Id = CardForm.ErrorId("request"), Color = TextColor.Attention, Wrap = true });
        }
        if (r.Status == RequestStatus.Pending)
        {
            body.Add(CardForm.Field(new TextInput("rejectionReason") { Label = context.Say(ReasonLabel), IsMultiline = true, MaxLength = 500 }));
            var approveData = (JsonObject)data.DeepClone();
            if (offeredNumber is not null)
            {
                approveData["number"] = offeredNumber;
            }
            body.Add(CardActions.Row(context,
            [
                new CardButton(offeredNumber is null ? context.Say(Approve) : context.Say(ApproveWith, offeredNumber), VerbApprove) { Data = approveData, Style = ActionStyle.Positive, SubmitsInputs = false },
                new CardButton(context.Say(Reject), VerbReject) { Data = (JsonObject)data.DeepClone(), Style = ActionStyle.Destructive },
            ]));
        }
        var card = context.Card(title, body);
        if (context.UniversalActions && refreshUserIds is { Count: > 0 })
        {
            // Teams asks the bot for the current card when an approver looks at it: everyone sees the decision.
            card = card with { Refresh = new Refresh(new ExecuteAction { Title = title, Verb = VerbRefresh, Data = (JsonObject)data.DeepClone() }) { UserIds = refreshUserIds.Take(60).ToArray() } };
        }
        return card;
    }

    /// <summary>What the manager sees once the request is submitted.</summary>
    public static AdaptiveCard Submitted(CardContext context, RequestView r, bool approverReachable)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(r);
        var text = context.Say(SubmittedText, r.PbxName);
        var card = NoticeCard.Build(context, approverReachable ? NoticeTone.Success : NoticeTone.Warning, context.Say(SubmittedTitle, r.Reference),
            approverReachable ? text : $"{text} {context.Say(NoApprover)}", Facts(context, r),
            [new CardButton(context.Say(CancelRequest), VerbCancel) { Data = new JsonObject { ["pbx"] = r.PbxId, ["request"] = r.RequestId }, SubmitsInputs = false, Style = ActionStyle.Destructive }]);
        return card;
    }

    /// <summary>The outcome told to the manager.</summary>
    public static AdaptiveCard Outcome(CardContext context, RequestView r)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(r);
        var tone = r.Status switch
        {
            RequestStatus.Approved => NoticeTone.Success,
            RequestStatus.Rejected => NoticeTone.Error,
            _ => NoticeTone.Info,
        };
        return NoticeCard.Build(context, tone, context.Say(OutcomeTitle, r.Reference), StatusText(context, r), Facts(context, r));
    }

    /// <summary>"My requests" or "pending requests": one line each, with Cancel for the requester's pending ones.</summary>
    public static AdaptiveCard List(CardContext context, IReadOnlyList<RequestView> requests, bool mine)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requests);
        var title = context.Say(mine ? MyTitle : PendingListTitle);
        List<CardElement> body = [CardLayout.Header(title)];
        if (requests.Count == 0)
        {
            body.Add(new TextBlock(context.Say(NoRequest)) { IsSubtle = true, Wrap = true });
        }
        foreach (var r in requests)
        {
            List<CardElement> items =
            [
                new TextBlock($"{r.Reference} — {r.Draft.FirstName} {r.Draft.LastName} ({r.DepartmentName}, {r.PbxName})") { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(StatusText(context, r)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
            ];
            if (mine && r.Status == RequestStatus.Pending)
            {
                items.Add(CardActions.Row(context, [new CardButton(context.Say(CancelRequest), VerbCancel) { Data = new JsonObject { ["pbx"] = r.PbxId, ["request"] = r.RequestId }, SubmitsInputs = false }]));
            }
            body.Add(new Container { Separator = true, Items = items });
        }
        return context.Card(title, body);
    }

    private static TextBlock Status(CardContext context, RequestView r) => new(StatusText(context, r))
    {
        Id = "status",
        Wrap = true,
        Weight = TextWeight.Bolder,
        Color = r.Status switch
        {
            RequestStatus.Approved => TextColor.Good,
            RequestStatus.Rejected => TextColor.Attention,
            RequestStatus.Cancelled => TextColor.Warning,
            _ => TextColor.Accent,
        },
    };

    private static string StatusText(CardContext context, RequestView r)
    {
        var at = (r.DecidedAt ?? r.RequestedAt).ToString(context.Language == Language.English ? "yyyy-MM-dd HH:mm 'UTC'" : "dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return r.Status switch
        {
            RequestStatus.Approved => context.Say(Approved, r.DecidedByName ?? "?", at, r.CreatedNumber ?? "?"),
            RequestStatus.Rejected => context.Say(Rejected, r.DecidedByName ?? "?", at, r.RejectionReason ?? ""),
            RequestStatus.Cancelled => context.Say(Cancelled, at),
            _ => context.Say(Pending),
        };
    }

    private static List<(string, string?)> Facts(CardContext context, RequestView r) =>
    [
        (context.Say(FactRequester), r.RequestedByName),
        (context.Say(FactWhen), r.RequestedAt.ToString(context.Language == Language.English ? "yyyy-MM-dd HH:mm 'UTC'" : "dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        (context.Say(FactNumber), r.CreatedNumber ?? (string.IsNullOrWhiteSpace(r.Draft.Number) || r.Draft.NumberAtApproval ? context.Say(FirstFree) : r.Draft.Number)),
        (context.Say(FactName), $"{r.Draft.FirstName} {r.Draft.LastName}".Trim()),
        (context.Say(FactEmail), r.Draft.Email),
        (context.Say(FactDepartment), r.DepartmentName),
        (context.Say(FactRole), Roles.TryParse(r.Draft.Role, out var role) ? context.Say(role.Label()) : r.Draft.Role),
        (context.Say(FactDid), r.Draft.Did),
        (context.Say(FactReason), r.Draft.Reason),
    ];
}
