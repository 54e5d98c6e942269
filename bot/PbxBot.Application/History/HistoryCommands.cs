using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Application.Bot;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.History;

/// <summary>
/// « historique de 105 » / "history of 105" (an extension or a department), « journal » / "history" alone (everything the
/// operator may see), and the Older / Newer buttons of their card, which replace it in place. Read-only: no wizard, no
/// state; a page button's data is only a query, answered again with the operator's rights of now.
/// </summary>
public sealed class HistoryCommands(ChangeHistory history) : ICommandHandler, ICardActionHandler, IHelpEntrySource
{
    public bool Handles(Intent intent) => intent is Intent.History or Intent.Journal;

    public bool Handles(string verb) => verb == HistoryCards.VerbPage;

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, Command command, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        var argument = command.Intent == Intent.History ? command.Argument : null;
        var answer = await AnswerAsync(operators, new HistoryRequest(argument), cards, turn.TimeZone, ct);
        response.Replies.Add(answer.Card is { } card ? Reply.Of(card) : Reply.Of(answer.Refusal!));
    }

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        var request = new HistoryRequest(
            CardData.Text(data, ChangeHistory.KeyArgument),
            data[HistoryCards.KeyPage] is JsonValue p && p.TryGetValue<int>(out var page) ? page : int.TryParse(CardData.Text(data, HistoryCards.KeyPage), out page) ? page : 0,
            DateTimeOffset.TryParse(CardData.Text(data, ChangeHistory.KeyAsOf), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var asOf) ? asOf : null);
        var answer = await AnswerAsync(operators, request, cards, turn.TimeZone ?? CardData.Text(data, ChangeHistory.KeyTimeZone), ct);
        if (answer.Card is { } card)
        {
            response.ReplaceCard = card;
        }
        else
        {
            response.Replies.Add(Reply.Of(answer.Refusal!));
        }
    }

    public IEnumerable<HelpEntryInfo> EntriesFor(IReadOnlyList<Operator> operators)
    {
        if (operators.Any(o => o.CanSeeHistory()))
        {
            yield return new HelpEntryInfo(HistoryTexts.HelpTitle, HistoryTexts.HelpDescription, "command", new() { ["command"] = "journal" }, 78);
        }
    }

    private async Task<HistoryAnswer> AnswerAsync(IReadOnlyList<Operator> operators, HistoryRequest request, CardContext cards, string? timeZone, CancellationToken ct)
    {
        var viewers = operators.Where(o => o.CanSeeHistory()).ToArray();
        if (viewers.Length == 0)
        {
            return new HistoryAnswer(null, HistoryTexts.NotAllowed.In(cards.Language));
        }
        // The operator's own time zone when their client told it (Teams and Web Chat send localTimezone); UTC otherwise, and the card says which.
        var zone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var z) ? z : null;
        return await history.ShowAsync(viewers, request, cards, zone, ct);
    }
}
