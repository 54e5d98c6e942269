using PbxBot.Application.Bot;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.Requests;

/// <summary>"mes demandes" for managers, "demandes en attente" for approvers, and the help entries for both.</summary>
public sealed class RequestCommands(PbxRepository repository, RequestViews views) : ICommandHandler, IHelpEntrySource
{
    private const int Max = 10;

    public bool Handles(Intent intent) => intent is Intent.MyRequests or Intent.PendingRequests;

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, Command command, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        // Someone who approves nothing ("mes demandes en attente" from a manager) means their own requests.
        if (command.Intent == Intent.MyRequests || !operators.Any(o => o.Role >= Role.GroupAdmins))
        {
            var mine = new List<RequestView>();
            foreach (var op in operators)
            {
                foreach (var r in await repository.ListRequestsAsync(op.PbxId, null, turn.User.Id, Max, ct))
                {
                    mine.Add(await views.ViewAsync(r, ct));
                }
            }
            response.Replies.Add(Reply.Of(RequestCards.List(cards, mine.OrderByDescending(r => r.RequestedAt).Take(Max).ToArray(), mine: true)));
            return;
        }
        var pending = new List<RequestView>();
        foreach (var op in operators)
        {
            foreach (var r in await repository.ListRequestsAsync(op.PbxId, RequestStatus.Pending, null, Max, ct))
            {
                if (op.CanApprove(r))
                {
                    pending.Add(await views.ViewAsync(r, ct));
                }
            }
        }
        if (pending.Count == 0)
        {
            response.Replies.Add(Reply.Of(RequestCards.List(cards, [], mine: false)));
            return;
        }
        foreach (var view in pending.OrderBy(r => r.RequestedAt).Take(Max))
        {
            response.Replies.Add(Reply.Of(RequestCards.ForApprovers(cards, view)));
        }
    }

    public IEnumerable<HelpEntryInfo> EntriesFor(IReadOnlyList<Operator> operators)
    {
        if (operators.Any(o => o.CanRequestExtension(null)))
        {
            yield return new HelpEntryInfo(RequestText.MyRequestsTitle, RequestText.MyRequestsDescription, "command", new() { ["command"] = "mes demandes" }, 55);
        }
        if (operators.Any(o => o.Role >= Role.GroupAdmins))
        {
            yield return new HelpEntryInfo(RequestText.PendingTitle, RequestText.PendingDescription, "command", new() { ["command"] = "demandes en attente" }, 56);
        }
    }
}
