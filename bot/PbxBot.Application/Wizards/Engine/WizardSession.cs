using System.Text.Json.Nodes;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>
/// A wizard in progress for one user in one conversation. Stored after every turn (keyed by conversation and
/// user, guarded by its ETag) so that any instance of the bot can continue it, and so that it can be resumed.
/// </summary>
public sealed record WizardSession
{
    public required string Wizard { get; init; }

    /// <summary>Changes for every new run of a wizard: cards of an earlier run are recognised as stale.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The PBX it works on; empty until the operator picked one (when they may manage several).</summary>
    public string PbxId { get; init; } = "";

    public int StepIndex { get; init; }

    /// <summary>Incremented each time a card is shown: only the newest card's buttons are accepted.</summary>
    public int Seq { get; init; }

    /// <summary>Steps visited before the current one, for "back".</summary>
    public IReadOnlyList<int> History { get; init; } = [];

    /// <summary>The wizard's own state (its typed state class, as JSON).</summary>
    public JsonObject Data { get; init; } = [];

    /// <summary>One line saying what is being done, for the resume prompt ("extension 105 for Marie Curie").</summary>
    public Text? Summary { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Set while the final save runs, so a second press of Confirm is recognised and never saves twice.</summary>
    public DateTimeOffset? SavingSince { get; init; }
}

/// <summary>The wizard state of one user in one conversation: the active wizard, and the last one finished.</summary>
public sealed record ConversationState
{
    public WizardSession? Active { get; init; }

    public FinishedWizard? LastFinished { get; init; }
}

/// <summary>A wizard that ended (saved or cancelled): a late press on one of its cards gets this answer.</summary>
public sealed record FinishedWizard(string InstanceId, string Wizard, Text Outcome, DateTimeOffset At);
