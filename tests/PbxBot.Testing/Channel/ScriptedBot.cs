using System.Collections.Concurrent;
using PbxBot.Application.Conversations;

namespace PbxBot.Testing.Channel;

/// <summary>An <see cref="IBot"/> that records every turn and answers with what the test scripted.</summary>
public sealed class ScriptedBot(Func<Turn, TurnResponse>? respond = null) : IBot
{
    private readonly ConcurrentQueue<Turn> turns = new();

    /// <summary>What the bot answers (or throws); by default nothing.</summary>
    public Func<Turn, TurnResponse> Respond { get; set; } = respond ?? (_ => TurnResponse.Empty);

    public IReadOnlyList<Turn> Turns => [.. turns];

    public Task<TurnResponse> OnTurnAsync(Turn turn, CancellationToken cancellationToken)
    {
        turns.Enqueue(turn);
        return Task.FromResult(Respond(turn));
    }
}
