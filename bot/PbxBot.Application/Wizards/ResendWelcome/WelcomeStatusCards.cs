using PbxBot.Application.Conversations;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.ResendWelcome;

/// <summary>
/// When a resent welcome e-mail is sent (or fails for good), the helpdesk's status card is replaced with the
/// outcome — "sent on …" or "failed: 550 mailbox unavailable" — so the operator sees it where they asked.
/// </summary>
public sealed class WelcomeStatusCards(IProactiveMessenger messenger, PbxRepository repository) : IOutboxObserver
{
    public Task OnSentAsync(OutboxMessage sent, CancellationToken cancellationToken) => RefreshAsync(sent, cancellationToken);

    public Task OnFailedAsync(OutboxMessage failed, CancellationToken cancellationToken) => RefreshAsync(failed, cancellationToken);

    private async Task RefreshAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Kind != OutboxKind.WelcomeEmail || message.StatusCardMessageId is not { } cardId || message.NotifyOnFailure is not { } conversation)
        {
            return;
        }
        var order = System.Text.Json.JsonSerializer.Deserialize<WelcomeEmailOrder>(message.Payload, StoreJson.Options);
        if (order is null || (await repository.GetExtensionAsync(message.PbxId, order.ExtensionNumber, ct))?.Value is not { } extension)
        {
            return;
        }
        var cards = new CardContext(order.Language, conversation.ChannelId == "msteams");
        var card = ResendCards.Status(cards, extension.Number, extension.DisplayName, order.AddressOverride ?? extension.EmailAddress ?? "", ResendWelcomeWizard.ToView(message));
        await messenger.UpdateAsync(conversation, cardId, Reply.Of(card), ct);
    }
}
