using System.Text.Json.Nodes;
using PbxBot.Application.Bot;
using PbxBot.Application.Outbox;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Conversations;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Requests;

/// <summary>
/// Approve, reject, cancel and refresh a request from its card. Nothing in the card's data is trusted: the
/// request is re-read, the actor's rights on that PBX re-checked, and the decision recorded once — two admins
/// pressing Approve together cannot both win (the request's ETag is part of the commit).
/// </summary>
public sealed class RequestActions(
    PbxRepository repository,
    ExtensionCreation creation,
    RequestViews views,
    RequestNotifications notifications,
    Outbox.IOutboxSignal outbox,
    TimeProvider time) : ICardActionHandler
{
    /// <summary>As the card's input allows; a forged payload may carry more.</summary>
    private const int MaxReasonLength = 500;

    public bool Handles(string verb) => verb is RequestCards.VerbApprove or RequestCards.VerbReject or RequestCards.VerbCancel or RequestCards.VerbRefresh;

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        var pbxId = Str(data, "pbx");
        var requestId = Str(data, "request");
        var op = operators.FirstOrDefault(o => o.PbxId == pbxId);
        var stored = pbxId is null || requestId is null || op is null ? null : await repository.GetRequestAsync(pbxId, requestId, ct);
        if (stored is null || op is null)
        {
            // Unknown request, or a PBX the user has no grant on (a forged payload): nothing to show.
            response.ReplaceCard = NoticeCard.Build(cards, NoticeTone.Error, cards.Say(RequestText.NotFound), cards.Say(RequestText.NotFound));
            return;
        }
        switch (verb)
        {
            case RequestCards.VerbRefresh:
                // Only those who may decide it, or who asked for it, see a request (refresh payloads can be forged too).
                response.ReplaceCard = op.CanApprove(stored.Value) || stored.Value.RequestedBy == op.UserId
                    ? await ApproversCardAsync(cards, stored.Value, ct)
                    : NoticeCard.Build(cards, NoticeTone.Error, cards.Say(RequestText.NotFound), cards.Say(RequestText.NotFound));
                return;
            case RequestCards.VerbCancel:
                await CancelAsync(turn, op, stored, response, cards, ct);
                return;
        }
        if (!op.CanApprove(stored.Value))
        {
            // Answered on the card, which Teams shows to this user only: in an approval channel a refusal posted as a
            // message would be read by everyone.
            response.ReplaceCard = NoticeCard.Build(cards, NoticeTone.Error, cards.Say(RequestText.NotAllowedTitle), cards.Say(RequestText.NotAllowed));
            return;
        }
        if (!stored.Value.IsPending)
        {
            response.ReplaceCard = await ApproversCardAsync(cards, stored.Value, ct);
            return;
        }
        if (verb == RequestCards.VerbApprove)
        {
            await ApproveAsync(turn, op, stored, Str(data, "number"), response, cards, ct);
        }
        else
        {
            await RejectAsync(op, stored, Str(data, "rejectionReason"), response, cards, ct);
        }
    }

    private async Task ApproveAsync(Turn turn, Operator op, Stored<ExtensionRequest> stored, string? offeredNumber, TurnResponse response, CardContext cards, CancellationToken ct)
    {
        var request = stored.Value;
        var draft = offeredNumber is null ? request.Draft : request.Draft with { Number = offeredNumber };
        var now = time.GetUtcNow();
        CreationResult result;
        try
        {
            // The approval card is every approver's: the PBX's outcome comes to this approver as a message of its own.
            result = await creation.CreateAsync(draft, op, new ChangeOrigin(turn, response, UpdatesCard: false), extension =>
            {
                var decided = request with
                {
                    Status = RequestStatus.Approved,
                    DecidedBy = op.UserId,
                    DecidedByName = op.DisplayName,
                    DecidedAt = now,
                    CreatedNumber = extension.Number,
                };
                var audit = AuditEntries.For(op, "request.approved", $"request:{request.Id}", request, decided, now);
                return
                [
                    PbxRepository.RequestChange(stored, decided),
                    new Change.Create(new PbxDocument(DocumentKinds.AuditId(audit.Id), DocumentKinds.Audit, audit) { Parent = audit.Target }),
                    new Change.Create(OutboxDocument.Of(RequestNotifications.Decided(decided, now))),
                    new Change.Create(OutboxDocument.Of(RequestNotifications.RefreshCards(decided, now))),
                ];
            }, ct);
        }
        catch (StoreConcurrencyException)
        {
            result = null!;
        }
        var current = await repository.GetRequestAsync(request.PbxId, request.Id, ct);
        if (current is null || !current.Value.IsPending || result is CreationResult.Created)
        {
            // Approved now — or decided by someone else first: either way, show who decided.
            outbox.Notify();
            response.ReplaceCard = await ApproversCardAsync(cards, current?.Value ?? request, ct);
            return;
        }
        response.ReplaceCard = result switch
        {
            CreationResult.NumberTaken taken => await OfferAsync(cards, current.Value, taken.Number, taken.NextFree, ct),
            // The rules saw the number taken since the request (the usual case): offer the first free one, as for a race at the commit.
            CreationResult.Invalid invalid when OnlyTheNumberIsTaken(invalid.Validation) =>
                await OfferAsync(cards, current.Value, draft.Number ?? "?", invalid.NextFreeNumber, ct),
            CreationResult.Invalid invalid => await ApproversCardAsync(cards, current.Value, ct,
                error: cards.Say(RequestText.NoLongerValid, string.Join(" ", invalid.Validation.Errors.Select(e => e.Message.In(cards.Language))))),
            CreationResult.DidTaken did => await ApproversCardAsync(cards, current.Value, ct, error: cards.Say(RequestText.NoLongerValid, did.Did)),
            _ => await ApproversCardAsync(cards, current.Value, ct),
        };
    }

    private async Task<Cards.Model.AdaptiveCard> OfferAsync(CardContext cards, ExtensionRequest request, string taken, string? next, CancellationToken ct) =>
        next is not null && next != taken
            ? await ApproversCardAsync(cards, request, ct, error: cards.Say(RequestText.NumberTaken, taken, next), offeredNumber: next)
            : await ApproversCardAsync(cards, request, ct, error: cards.Say(RequestText.NoNumberLeft));

    private static bool OnlyTheNumberIsTaken<T>(Validation<T> validation) =>
        validation.Errors.Count > 0 && validation.Errors.All(e => e.Field == ExtensionFields.Number && e.Code == ErrorCodes.NumberUsed);

    /// <summary>The approvers' card as it stands now, still asking Teams to refresh it for every approver.</summary>
    private async Task<Cards.Model.AdaptiveCard> ApproversCardAsync(CardContext cards, ExtensionRequest request, CancellationToken ct, string? error = null, string? offeredNumber = null) =>
        RequestCards.ForApprovers(cards, await views.ViewAsync(request, ct), await notifications.RefreshUserIdsAsync(request, ct), error, offeredNumber);

    private async Task RejectAsync(Operator op, Stored<ExtensionRequest> stored, string? reason, TurnResponse response, CardContext cards, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            response.ReplaceCard = await ApproversCardAsync(cards, stored.Value, ct, error: cards.Say(RequestText.ReasonRequired));
            return;
        }
        var now = time.GetUtcNow();
        var decided = stored.Value with
        {
            Status = RequestStatus.Rejected,
            DecidedBy = op.UserId,
            DecidedByName = op.DisplayName,
            DecidedAt = now,
            RejectionReason = reason.Trim(),
        };
        await DecideAsync(op, stored, decided, "request.rejected", response, cards, ct);
    }

    private async Task CancelAsync(Turn turn, Operator op, Stored<ExtensionRequest> stored, TurnResponse response, CardContext cards, CancellationToken ct)
    {
        if (stored.Value.RequestedBy != turn.User.Id)
        {
            response.Replies.Add(Reply.Of(cards.Say(RequestText.NotYours)));
            return;
        }
        if (!stored.Value.IsPending)
        {
            response.ReplaceCard = RequestCards.Outcome(cards, await views.ViewAsync(stored.Value, ct));
            return;
        }
        var decided = stored.Value with { Status = RequestStatus.Cancelled, DecidedBy = op.UserId, DecidedByName = op.DisplayName, DecidedAt = time.GetUtcNow() };
        await DecideAsync(op, stored, decided, "request.cancelled", response, cards, ct, notifyRequester: false);
    }

    private async Task DecideAsync(Operator op, Stored<ExtensionRequest> stored, ExtensionRequest decided, string action, TurnResponse response, CardContext cards,
        CancellationToken ct, bool notifyRequester = true)
    {
        var now = time.GetUtcNow();
        var audit = AuditEntries.For(op, action, $"request:{stored.Value.Id}", stored.Value, decided, now);
        var messages = notifyRequester
            ? new[] { RequestNotifications.Decided(decided, now), RequestNotifications.RefreshCards(decided, now) }
            : [RequestNotifications.RefreshCards(decided, now)];
        try
        {
            await repository.UpdateRequestAsync(stored, decided, audit, messages, ct);
            outbox.Notify();
        }
        catch (StoreConcurrencyException)
        {
            // Someone decided first: show their decision.
        }
        var current = await repository.GetRequestAsync(stored.Value.PbxId, stored.Value.Id, ct);
        response.ReplaceCard = notifyRequester
            ? await ApproversCardAsync(cards, current?.Value ?? decided, ct)
            : RequestCards.Outcome(cards, await views.ViewAsync(current?.Value ?? decided, ct));
    }

    private static string? Str(JsonObject data, string key) =>
        data[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
