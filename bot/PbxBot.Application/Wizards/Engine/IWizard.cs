using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>A conversational job with steps (create an extension, a department…), as the engine drives it.</summary>
public interface IWizard
{
    /// <summary>Stable name, stored in sessions and card data: <c>create-extension</c>.</summary>
    string Name { get; }

    Text Title { get; }

    /// <summary>One sentence for the help card.</summary>
    Text Description { get; }

    /// <summary>Position on the help card.</summary>
    int HelpOrder { get; }

    /// <summary>Whether this operator may run it on their PBX (re-checked on every turn).</summary>
    bool IsAllowed(Operator op);

    /// <summary>
    /// Creates the initial state and the step to begin with (a step can be skipped when the command already said
    /// it, e.g. "horaires du support"), or says why the wizard cannot start. <paramref name="argument"/> is what
    /// followed the command.
    /// </summary>
    Task<(JsonObject? State, int FirstStep, StartRefusal? Refusal)> StartAsync(WizardContext context, string? argument);

    int StepCount { get; }

    string StepId(int index);

    Task<AdaptiveCard> ShowAsync(WizardContext context, WizardSession session, IReadOnlyDictionary<string, string>? errors, IReadOnlyDictionary<string, string>? warnings);

    Task<(StepResult Result, JsonObject State, IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> Warnings)> SubmitAsync(
        WizardContext context, WizardSession session, string verb, JsonObject input);

    /// <summary>One line for the resume prompt.</summary>
    Text Summarize(JsonObject state);
}
