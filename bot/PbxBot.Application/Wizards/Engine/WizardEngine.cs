using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>
/// Drives every wizard the same way: start (after choosing the PBX when the operator has several), show a
/// step's card, take its submission, back, cancel, resume, recognise stale cards and double presses, and save
/// only once. The session is stored after each turn with its ETag, so two presses racing each other cannot both
/// win, and any instance of the bot can continue a wizard.
/// </summary>
public sealed class WizardEngine(
    WizardCatalog catalog,
    WizardSessionStore sessions,
    PbxRepository repository,
    TimeProvider time,
    ILogger<WizardEngine> logger)
{
    /// <summary>How long a "saving" mark protects against a second Confirm; after that it is considered abandoned.</summary>
    private static readonly TimeSpan SavingGrace = TimeSpan.FromMinutes(2);

    public const string VerbStart = "start";
    public const string VerbPickPbx = "pick-pbx";
    public const string VerbResume = "resume";
    public const string VerbDiscard = "discard";
    public const string VerbCancel = "cancel";
    public const string VerbBack = "back";
    public const string VerbNext = "next";
    public const string VerbConfirm = "confirm";
    public const string KeyWizard = "wizard";
    public const string KeyStep = "step";
    public const string KeyStartName = "start";
    public const string KeyPbx = "pbx";
    public const string KeyThen = "then";

    /// <summary>The data every button of a wizard's card carries: which run of the wizard, and which card of it.</summary>
    public static JsonObject RouteOf(WizardSession session) => new() { [KeyWizard] = session.InstanceId, [KeyStep] = session.Seq };

    /// <summary>Starts <paramref name="wizard"/> — or, when another wizard is half-way, asks whether to continue it or discard it.</summary>
    public async Task StartAsync(Turn turn, IReadOnlyList<Operator> operators, IWizard wizard, string? argument, TurnResponse response, bool fromCard, CancellationToken ct)
    {
        var id = WizardSessionStore.IdFor(turn.Conversation, turn.User);
        var loaded = await sessions.LoadAsync(id, ct);
        var language = Languages.FromLocale(turn.Locale);
        var cards = new CardContext(language, turn.SupportsUniversalActions);
        if (loaded.Value.Active is { } active)
        {
            Show(response, fromCard, ResumeCard(cards, active, wizard.Name));
            return;
        }
        var allowed = operators.Where(wizard.IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            return; // the caller answers "not allowed" with the help card
        }
        var session = new WizardSession
        {
            Wizard = wizard.Name,
            InstanceId = Guid.NewGuid().ToString("N")[..12],
            StartedAt = time.GetUtcNow(),
            UpdatedAt = time.GetUtcNow(),
            Data = argument is null ? [] : new JsonObject { ["_argument"] = argument },
        };
        if (allowed.Length > 1)
        {
            var names = await repository.GetSettingsManyAsync(allowed.Select(o => o.PbxId), ct);
            session = session with { Seq = 1 };
            var card = EngineCards.PickPbx(cards with { Route = RouteOf(session) }, wizard.Title.In(language), EngineText.PickPbx.In(language),
                names.Select(p => (p.Id, p.DisplayName)).ToArray());
            await sessions.SaveAsync(id, loaded, loaded.Value with { Active = session }, ct);
            Show(response, fromCard, card);
            return;
        }
        await BeginOnPbxAsync(turn, allowed[0], wizard, session, id, loaded, response, fromCard, argument, ct);
    }

    /// <summary>A button of a wizard card was pressed.</summary>
    public async Task OnCardActionAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CancellationToken ct)
    {
        var id = WizardSessionStore.IdFor(turn.Conversation, turn.User);
        var loaded = await sessions.LoadAsync(id, ct);
        var language = Languages.FromLocale(turn.Locale);
        var cards = new CardContext(language, turn.SupportsUniversalActions);
        var active = loaded.Value.Active;
        var instance = data[KeyWizard]?.GetValue<string>();
        var seq = data[KeyStep] is JsonValue s && s.TryGetValue<int>(out var n) ? n : (int?)null;

        if (active is null || instance != active.InstanceId || seq != active.Seq)
        {
            AnswerStale(response, cards, loaded.Value, instance);
            return;
        }
        if (active.SavingSince is { } since && time.GetUtcNow() - since < SavingGrace)
        {
            response.Replies.Add(Reply.Of(EngineText.AlreadySaving.In(language)));
            return;
        }

        var wizard = catalog.Named(active.Wizard);
        if (wizard is null)
        {
            await sessions.SaveAsync(id, loaded, loaded.Value with { Active = null }, ct);
            AnswerStale(response, cards, loaded.Value, instance);
            return;
        }

        switch (verb)
        {
            case VerbCancel:
                await FinishAsync(id, loaded, active, EngineText.Cancelled, ct);
                response.ReplaceCard = EngineCards.Notice(cards, wizard.Title.In(language), EngineText.Cancelled.In(language), NoticeTone.Info);
                return;
            case VerbDiscard:
                await FinishAsync(id, loaded, active, EngineText.Discarded, ct);
                response.ReplaceCard = EngineCards.Notice(cards, wizard.Title.In(language), EngineText.Discarded.In(language), NoticeTone.Info);
                if (catalog.Named(data[KeyThen]?.GetValue<string>()) is { } then)
                {
                    await StartAsync(turn, operators, then, null, response, fromCard: false, ct);
                }
                return;
            case VerbResume:
                await ShowCurrentAsync(turn, operators, wizard, id, loaded, active, response, fromCard: true, ct);
                return;
            case VerbPickPbx:
                var pbxId = data[KeyPbx]?.GetValue<string>();
                var op = operators.FirstOrDefault(o => o.PbxId == pbxId && wizard.IsAllowed(o));
                if (op is null)
                {
                    response.Replies.Add(Reply.Of(EngineText.NotAllowed.Format(language, wizard.Title.In(language))));
                    return;
                }
                await BeginOnPbxAsync(turn, op, wizard, active, id, loaded, response, fromCard: true, active.Data["_argument"]?.GetValue<string>(), ct);
                return;
        }

        var @operator = operators.FirstOrDefault(o => o.PbxId == active.PbxId);
        if (@operator is null || !wizard.IsAllowed(@operator))
        {
            // Rights are re-checked on every submission: a grant may have been withdrawn meanwhile.
            await FinishAsync(id, loaded, active, EngineText.Cancelled, ct);
            response.ReplaceCard = EngineCards.Notice(cards, wizard.Title.In(language), EngineText.NotAllowed.Format(language, wizard.Title.In(language)), NoticeTone.Error);
            return;
        }
        var context = new WizardContext(turn, @operator, repository, time, ct, response);

        if (verb == VerbBack)
        {
            if (active.History.Count == 0)
            {
                response.Replies.Add(Reply.Of(EngineText.NothingToGoBackTo.In(language)));
                return;
            }
            var previous = active with { StepIndex = active.History[^1], History = active.History.Take(active.History.Count - 1).ToArray() };
            await ShowAndSaveAsync(context, wizard, id, loaded, previous, null, null, response, fromCard: true);
            return;
        }

        if (verb == VerbConfirm)
        {
            // Claim the save first: a second press racing this one fails on the ETag and is told it is in progress.
            try
            {
                loaded = await sessions.SaveAsync(id, loaded, loaded.Value with { Active = active with { SavingSince = time.GetUtcNow() } }, ct);
            }
            catch (Exception e) when (e is StoreConcurrencyException or StoreConflictException)
            {
                response.Replies.Add(Reply.Of(EngineText.AlreadySaving.In(language)));
                return;
            }
        }

        StepResult result;
        JsonObject state;
        IReadOnlyDictionary<string, string> errors, warnings;
        try
        {
            var input = new JsonObject();
            foreach (var (k, v) in data)
            {
                if (k is not (KeyWizard or KeyStep or "verb"))
                {
                    input[k] = v?.DeepClone();
                }
            }
            (result, state, errors, warnings) = await wizard.SubmitAsync(context, active, verb, input);
        }
        catch
        {
            if (verb == VerbConfirm)
            {
                await TryReleaseSavingAsync(id, ct);
            }
            throw;
        }

        var next = active with { Data = state, SavingSince = null, Summary = wizard.Summarize(state) };
        switch (result)
        {
            case StepResult.Finished finished:
                await FinishAsync(id, loaded, next, finished.Outcome, ct);
                response.ReplaceCard = finished.Card;
                response.Replies.AddRange(finished.Replies);
                return;
            case StepResult.NextStep when next.StepIndex + 1 < wizard.StepCount:
                next = next with { History = [.. next.History, next.StepIndex], StepIndex = next.StepIndex + 1 };
                break;
            case StepResult.GoToStep go:
                // Errors found at the review (e.g. the number was taken meanwhile) are shown on the step they belong to.
                next = next with { History = [.. next.History, next.StepIndex], StepIndex = Enumerable.Range(0, wizard.StepCount).First(i => wizard.StepId(i) == go.StepId) };
                break;
        }
        await ShowAndSaveAsync(context, wizard, id, loaded, next, errors, warnings, response, fromCard: true);
    }

    /// <summary>Typed "annuler"/"cancel".</summary>
    public async Task<bool> CancelAsync(Turn turn, TurnResponse response, CancellationToken ct)
    {
        var id = WizardSessionStore.IdFor(turn.Conversation, turn.User);
        var loaded = await sessions.LoadAsync(id, ct);
        var language = Languages.FromLocale(turn.Locale);
        if (loaded.Value.Active is not { } active)
        {
            response.Replies.Add(Reply.Of(EngineText.NothingToCancel.In(language)));
            return false;
        }
        await FinishAsync(id, loaded, active, EngineText.Cancelled, ct);
        response.Replies.Add(Reply.Of(EngineText.Cancelled.In(language)));
        return true;
    }

    /// <summary>Typed "retour"/"back": the previous step, with what was typed there.</summary>
    public async Task BackAsync(Turn turn, IReadOnlyList<Operator> operators, TurnResponse response, CancellationToken ct)
    {
        var id = WizardSessionStore.IdFor(turn.Conversation, turn.User);
        var loaded = await sessions.LoadAsync(id, ct);
        var language = Languages.FromLocale(turn.Locale);
        if (loaded.Value.Active is not { } active || catalog.Named(active.Wizard) is not { } wizard)
        {
            response.Replies.Add(Reply.Of(EngineText.NothingToCancel.In(language)));
            return;
        }
        if (active.History.Count == 0 || operators.FirstOrDefault(o => o.PbxId == active.PbxId) is not { } op)
        {
            response.Replies.Add(Reply.Of(EngineText.NothingToGoBackTo.In(language)));
            return;
        }
        var previous = active with { StepIndex = active.History[^1], History = active.History.Take(active.History.Count - 1).ToArray() };
        await ShowAndSaveAsync(new WizardContext(turn, op, repository, time, ct, response), wizard, id, loaded, previous, null, null, response, fromCard: false);
    }

    /// <summary>When the operator comes back to a half-done wizard: "you were … — continue or discard?". False when none.</summary>
    public async Task<bool> OfferResumeAsync(Turn turn, TurnResponse response, CancellationToken ct)
    {
        var loaded = await sessions.LoadAsync(WizardSessionStore.IdFor(turn.Conversation, turn.User), ct);
        if (loaded.Value.Active is not { } active)
        {
            return false;
        }
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        response.Replies.Add(Reply.Of(ResumeCard(cards, active, null)));
        return true;
    }

    private AdaptiveCard ResumeCard(CardContext cards, WizardSession active, string? then)
    {
        var wizard = catalog.Named(active.Wizard);
        var what = active.Summary?.In(cards.Language) ?? wizard?.Title.In(cards.Language) ?? active.Wizard;
        return EngineCards.Resume(cards with { Route = RouteOf(active) }, EngineText.ResumeQuestion.Format(cards.Language, what), then, restart: then == active.Wizard);
    }

    private async Task BeginOnPbxAsync(Turn turn, Operator op, IWizard wizard, WizardSession session, string id, Stored<ConversationState> loaded,
        TurnResponse response, bool fromCard, string? argument, CancellationToken ct)
    {
        var context = new WizardContext(turn, op, repository, time, ct, response);
        var (state, firstStep, refusal) = await wizard.StartAsync(context, argument);
        if (refusal is not null || state is null)
        {
            if (loaded.Value.Active is not null)
            {
                await sessions.SaveAsync(id, loaded, loaded.Value with { Active = null }, ct);
            }
            var cards = new CardContext(context.Language, turn.SupportsUniversalActions);
            Show(response, fromCard, EngineCards.Notice(cards, wizard.Title.In(context.Language), refusal!.Reason.In(context.Language), NoticeTone.Warning));
            return;
        }
        // Steps the command already answered ("horaires du support") stay reachable with Back, to change that answer.
        var started = session with { PbxId = op.PbxId, Data = state, StepIndex = firstStep, History = Enumerable.Range(0, firstStep).ToArray(), Summary = wizard.Summarize(state) };
        await ShowAndSaveAsync(context, wizard, id, loaded, started, null, null, response, fromCard);
    }

    private async Task ShowCurrentAsync(Turn turn, IReadOnlyList<Operator> operators, IWizard wizard, string id, Stored<ConversationState> loaded,
        WizardSession active, TurnResponse response, bool fromCard, CancellationToken ct)
    {
        if (active.PbxId.Length == 0)
        {
            await sessions.SaveAsync(id, loaded, loaded.Value with { Active = null }, ct);
            await StartAsync(turn, operators, wizard, active.Data["_argument"]?.GetValue<string>(), response, fromCard, ct);
            return;
        }
        var op = operators.FirstOrDefault(o => o.PbxId == active.PbxId && wizard.IsAllowed(o));
        if (op is null)
        {
            await FinishAsync(id, loaded, active, EngineText.Cancelled, ct);
            var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
            Show(response, fromCard, EngineCards.Notice(cards, wizard.Title.In(cards.Language), EngineText.NotAllowed.Format(cards.Language, wizard.Title.In(cards.Language)), NoticeTone.Error));
            return;
        }
        await ShowAndSaveAsync(new WizardContext(turn, op, repository, time, ct, response), wizard, id, loaded, active, null, null, response, fromCard);
    }

    private async Task ShowAndSaveAsync(WizardContext context, IWizard wizard, string id, Stored<ConversationState> loaded, WizardSession session,
        IReadOnlyDictionary<string, string>? errors, IReadOnlyDictionary<string, string>? warnings, TurnResponse response, bool fromCard)
    {
        var shown = session with { Seq = session.Seq + 1, UpdatedAt = time.GetUtcNow(), SavingSince = null };
        context.Shown = shown;
        var card = await wizard.ShowAsync(context, shown, errors, warnings);
        try
        {
            await sessions.SaveAsync(id, loaded, loaded.Value with { Active = shown }, context.CancellationToken);
        }
        catch (Exception e) when (e is StoreConcurrencyException or StoreConflictException)
        {
            logger.LogInformation("Wizard {Wizard} turn lost a race in {Conversation}; answered as stale", wizard.Name, context.Turn.Conversation.ConversationId);
            response.Replies.Add(Reply.Of(EngineText.StaleCard.In(context.Language)));
            return;
        }
        Show(response, fromCard, card);
    }

    private async Task FinishAsync(string id, Stored<ConversationState> loaded, WizardSession active, Text outcome, CancellationToken ct) =>
        await sessions.SaveAsync(id, loaded, new ConversationState { Active = null, LastFinished = new FinishedWizard(active.InstanceId, active.Wizard, outcome, time.GetUtcNow()) }, ct);

    private async Task TryReleaseSavingAsync(string id, CancellationToken ct)
    {
        try
        {
            var current = await sessions.LoadAsync(id, ct);
            if (current.Value.Active is { SavingSince: not null } a)
            {
                await sessions.SaveAsync(id, current, current.Value with { Active = a with { SavingSince = null } }, ct);
            }
        }
        catch (StoreException e)
        {
            logger.LogWarning(e, "Could not release the saving mark of {Session}; it expires by itself", id);
        }
    }

    private static void AnswerStale(TurnResponse response, CardContext cards, ConversationState state, string? instance)
    {
        var language = cards.Language;
        if (state.LastFinished is { } done && done.InstanceId == instance)
        {
            response.Replies.Add(Reply.Of(EngineText.StaleCardFinished.Format(language, done.Outcome.In(language))));
            return;
        }
        response.Replies.Add(Reply.Of(EngineText.StaleCard.In(language)));
    }

    private static void Show(TurnResponse response, bool fromCard, AdaptiveCard card)
    {
        if (fromCard)
        {
            response.ReplaceCard = card;
        }
        else
        {
            response.Replies.Add(Reply.Of(card));
        }
    }
}
