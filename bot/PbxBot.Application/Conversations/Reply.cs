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

    public static TurnResponse Empty => new();
}

/// <summary>The bot, as the channel sees it: one turn in, replies out.</summary>
public interface IBot
{
    Task<TurnResponse> OnTurnAsync(Turn turn, CancellationToken cancellationToken);
}
