using PbxBot.Application.Conversations;

namespace PbxBot.Channel.Turns;

public enum TurnMappingOutcome
{
    /// <summary>The activity is a turn for the bot.</summary>
    Turn,

    /// <summary>An activity the bot has nothing to do with (typing, reactions, others joining): 200, bot not called.</summary>
    Ignored,

    /// <summary>An invoke the bot does not handle: 501.</summary>
    UnsupportedInvoke,

    /// <summary>A turn-worthy activity that lacks what a turn needs: 400 with <see cref="TurnMapping.Error"/>.</summary>
    Invalid,
}

/// <summary>What an activity means for the bot.</summary>
public sealed record TurnMapping(TurnMappingOutcome Outcome, Turn? Turn = null, string? Error = null)
{
    public static readonly TurnMapping Ignored = new(TurnMappingOutcome.Ignored);

    public static readonly TurnMapping UnsupportedInvoke = new(TurnMappingOutcome.UnsupportedInvoke);

    public static TurnMapping Invalid(string error) => new(TurnMappingOutcome.Invalid, Error: error);
}
