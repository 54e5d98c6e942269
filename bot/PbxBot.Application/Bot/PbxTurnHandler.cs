using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Access;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.Bot;

/// <summary>
/// The bot: one turn in, replies out. Remembers who spoke (for proactive messages), resolves what they may do
/// (deny by default), then routes to the help card, a command, a card action or the wizard engine. Every
/// failure is answered in the user's language; nothing half-done is left behind.
/// </summary>
public sealed class PbxTurnHandler(
    OperatorDirectory operatorDirectory,
    UserDirectory users,
    WizardEngine engine,
    WizardCatalog catalog,
    HelpMenu help,
    IEnumerable<ICommandHandler> commands,
    IEnumerable<ICardActionHandler> cardActions,
    ILogger<PbxTurnHandler> logger) : IBot
{
    public async Task<TurnResponse> OnTurnAsync(Turn turn, CancellationToken cancellationToken)
    {
        var response = new TurnResponse();
        var language = Languages.FromLocale(turn.Locale);
        try
        {
            await RouteAsync(turn, response, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Store unavailable during a {Kind} turn in {Conversation}", turn.Kind, turn.Conversation.ConversationId);
            response.ReplaceCard = null;
            response.Replies.Clear();
            response.Replies.Add(Reply.Of(EngineText.StoreUnavailable.In(language)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reference = Guid.NewGuid().ToString("N")[..8];
            logger.LogError(e, "Turn failed (reference {Reference}) in {Conversation}", reference, turn.Conversation.ConversationId);
            response.ReplaceCard = null;
            response.Replies.Clear();
            response.Replies.Add(Reply.Of(EngineText.UnexpectedError.Format(language, reference)));
        }
        return response;
    }

    private async Task RouteAsync(Turn turn, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        if (turn.Kind == TurnKind.Uninstalled)
        {
            await users.ForgetConversationAsync(turn, ct);
            return;
        }
        await users.RememberAsync(turn, ct);
        var operators = await operatorDirectory.ForUserAsync(turn.User, ct);

        if (turn.Kind is TurnKind.ConversationStarted or TurnKind.Installed)
        {
            response.Replies.Add(Reply.Of(EngineText.Greeting.In(cards.Language)));
            response.Replies.Add(Reply.Of(operators.Count == 0 ? AccessDenied(turn, cards) : help.For(operators, cards)));
            return;
        }

        var data = turn.CardData ?? [];
        var verb = data["verb"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        if (operators.Count == 0)
        {
            // Deny by default: someone the bot does not know only learns how to be granted access.
            if (turn.Kind == TurnKind.CardAction)
            {
                response.ReplaceCard = AccessDenied(turn, cards);
            }
            else
            {
                response.Replies.Add(Reply.Of(AccessDenied(turn, cards)));
            }
            return;
        }

        if (turn.Kind == TurnKind.CardRefresh)
        {
            if (verb is not null && cardActions.FirstOrDefault(h => h.Handles(verb)) is { } refresher)
            {
                await refresher.HandleAsync(turn, operators, verb, data, response, ct);
            }
            return;
        }

        if (turn.Kind == TurnKind.CardAction)
        {
            await OnCardActionAsync(turn, operators, verb ?? WizardEngine.VerbNext, data, response, cards, ct);
            return;
        }

        if (turn.Kind == TurnKind.Message)
        {
            await OnMessageAsync(turn, operators, response, cards, ct);
        }
    }

    private async Task OnCardActionAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CardContext cards, CancellationToken ct)
    {
        if (verb == WizardEngine.VerbStart)
        {
            var wizard = catalog.Named(data[WizardEngine.KeyStartName]?.GetValue<string>());
            if (wizard is not null)
            {
                await StartAsync(turn, operators, wizard, null, response, cards, ct);
            }
            return;
        }
        if (verb == "command" && data["command"] is JsonValue c && c.TryGetValue<string>(out var text))
        {
            // A help-card button that stands for a typed command ("mes demandes").
            await OnMessageAsync(turn with { Text = text }, operators, response, cards, ct);
            return;
        }
        if (verb == "help")
        {
            response.Replies.Add(Reply.Of(help.For(operators, cards)));
            return;
        }
        if (cardActions.FirstOrDefault(h => h.Handles(verb)) is { } handler)
        {
            await handler.HandleAsync(turn, operators, verb, data, response, ct);
            return;
        }
        await engine.OnCardActionAsync(turn, operators, verb, data, response, ct);
    }

    private async Task OnMessageAsync(Turn turn, IReadOnlyList<Operator> operators, TurnResponse response, CardContext cards, CancellationToken ct)
    {
        var command = turn.Files.Count > 0 ? new Command(Intent.ImportFile) : CommandRecognizer.Recognize(turn.Text);
        switch (command.Intent)
        {
            case Intent.Cancel:
                await engine.CancelAsync(turn, response, ct);
                return;
            case Intent.Back:
                await engine.BackAsync(turn, operators, response, ct);
                return;
            case Intent.Help:
                response.Replies.Add(Reply.Of(help.For(operators, cards)));
                // An operator asking for help has often come back to a wizard they left: offer it under the menu.
                await engine.OfferResumeAsync(turn, response, ct);
                return;
            case Intent.Unknown:
                if (!await engine.OfferResumeAsync(turn, response, ct))
                {
                    response.Replies.Add(Reply.Of(EngineText.NotUnderstood.Format(cards.Language, turn.Text ?? "")));
                    response.Replies.Add(Reply.Of(help.For(operators, cards)));
                }
                return;
        }
        if (commands.FirstOrDefault(c => c.Handles(command.Intent)) is { } handler)
        {
            await handler.HandleAsync(turn, operators, command, response, ct);
            return;
        }
        if (catalog.StartedBy(command.Intent) is { } wizard)
        {
            await StartAsync(turn, operators, wizard, command.Argument, response, cards, ct);
            return;
        }
        response.Replies.Add(Reply.Of(EngineText.NotUnderstood.Format(cards.Language, turn.Text ?? "")));
        response.Replies.Add(Reply.Of(help.For(operators, cards)));
    }

    private async Task StartAsync(Turn turn, IReadOnlyList<Operator> operators, IWizard wizard, string? argument, TurnResponse response, CardContext cards, CancellationToken ct)
    {
        if (!operators.Any(wizard.IsAllowed))
        {
            response.Replies.Add(Reply.Of(EngineText.NotAllowed.Format(cards.Language, wizard.Title.In(cards.Language))));
            response.Replies.Add(Reply.Of(help.For(operators, cards)));
            return;
        }
        await engine.StartAsync(turn, operators, wizard, argument, response, fromCard: false, ct);
    }

    private static Cards.Model.AdaptiveCard AccessDenied(Turn turn, CardContext cards) => EngineCards.AccessDenied(cards, turn.User.Id, turn.User.Name);
}
