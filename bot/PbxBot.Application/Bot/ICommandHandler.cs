using System.Text.Json.Nodes;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Domain;

namespace PbxBot.Application.Bot;

/// <summary>A typed command answered directly, without a wizard (e.g. "mes demandes").</summary>
public interface ICommandHandler
{
    bool Handles(Intent intent);

    Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, Command command, TurnResponse response, CancellationToken ct);
}

/// <summary>Card buttons that are not a wizard's (approve/reject a request, cancel a request…).</summary>
public interface ICardActionHandler
{
    bool Handles(string verb);

    Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CancellationToken ct);
}

/// <summary>An entry of the help card, offered to operators allowed to use it.</summary>
public interface IHelpEntrySource
{
    IEnumerable<HelpEntryInfo> EntriesFor(IReadOnlyList<Operator> operators);
}

/// <summary>A line of the help card: what it does, and the button that starts it.</summary>
public sealed record HelpEntryInfo(Text Title, Text Description, string Verb, JsonObject? Data, int Order);
