using PbxBot.Application.Conversations;
using PbxBot.Cards.Model;

namespace PbxBot.Channel.Tests;

/// <summary>Short ways to script what the bot answers.</summary>
internal static class Replies
{
    public static TurnResponse Of(params Reply[] replies)
    {
        var response = new TurnResponse();
        response.Replies.AddRange(replies);
        return response;
    }

    public static TurnResponse Replacing(AdaptiveCard card, params Reply[] replies)
    {
        var response = Of(replies);
        response.ReplaceCard = card;
        return response;
    }

    /// <summary>A card told apart from others by its version (the card model is another engineer's, kept minimal here).</summary>
    public static AdaptiveCard Card(string version = "1.5") => new() { Version = version };
}
