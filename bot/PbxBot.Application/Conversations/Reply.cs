using PbxBot.Cards.Model;

namespace PbxBot.Application.Conversations;

/// <summary>A message the bot sends: text, or a card (Teams splits messages that carry both, so we never mix them).</summary>
public sealed record Reply
{
    public string? Text { get; init; }

    public AdaptiveCard? Card { get; init; }

    public static Reply Of(string text) => new() { Text = text };

    public static Reply Of(AdaptiveCard card) => new() { Card = card };
}

/// <summary>What a turn produced.</summary>
public sealed class TurnResponse
{
    /// <summary>
    /// The card that replaces the one the user acted on (Teams message update, or the Action.Execute invoke
    /// response). When the turn did not come from a card, it is sent as a new message.
    /// </summary>
    public AdaptiveCard? ReplaceCard { get; set; }

    /// <summary>New messages, in order, after the replacement.</summary>
    public List<Reply> Replies { get; } = [];

    /// <summary>
    /// Run by the channel once the turn's cards have reached the client (after the replies were sent, or after an
    /// invoke's HTTP answer went out): e.g. so that a card the outbox refreshes is never overwritten by the turn's own,
    /// older version of it.
    /// </summary>
    public List<Action> AfterDelivery { get; } = [];

    public static TurnResponse Empty => new();
}

/// <summary>The bot, as the channel sees it: one turn in, replies out.</summary>
public interface IBot
{
    Task<TurnResponse> OnTurnAsync(Turn turn, CancellationToken cancellationToken);
}
