using PbxBot.Application.Conversations;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>What a step decided after a submission.</summary>
public abstract record StepResult
{
    /// <summary>Valid: go to the next step.</summary>
    public static StepResult Next { get; } = new NextStep();

    /// <summary>Show the same step again (with the errors put on the turn, or with new content such as search results).</summary>
    public static StepResult Stay { get; } = new StayOnStep();

    public static StepResult GoTo(string stepId) => new GoToStep(stepId);

    /// <summary>The wizard is over: the card replaces the last form; <paramref name="outcome"/> answers a late press on an old card.</summary>
    public static StepResult Finish(AdaptiveCard card, Text outcome, params Reply[] replies) => new Finished(card, outcome, replies);

    public sealed record NextStep : StepResult;

    public sealed record StayOnStep : StepResult;

    public sealed record GoToStep(string StepId) : StepResult;

    public sealed record Finished(AdaptiveCard Card, Text Outcome, IReadOnlyList<Reply> Replies) : StepResult;
}

/// <summary>The wizard cannot start (no right, nothing to work on): say why.</summary>
public sealed record StartRefusal(Text Reason);
