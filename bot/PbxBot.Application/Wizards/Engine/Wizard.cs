using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Application.Stores;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>
/// Base of every wizard: its steps are listed once, in order, in the constructor (<see cref="Steps"/>), each a
/// pair of small methods — show the card, take the submission. Cancel, back, resume, stale cards and the PBX
/// choice are the engine's, shared by all wizards.
/// </summary>
public abstract class Wizard<TState> : IWizard where TState : class, new()
{
    protected IReadOnlyList<WizardStep<TState>> Steps { get; init; } = [];

    public abstract string Name { get; }

    public abstract Text Title { get; }

    public abstract Text Description { get; }

    public abstract int HelpOrder { get; }

    public abstract bool IsAllowed(Operator op);

    public int StepCount => Steps.Count;

    public string StepId(int index) => Steps[index].Id;

    /// <summary>Fills the first state (defaults, what the command said) or refuses.</summary>
    protected abstract Task<StartRefusal?> StartAsync(WizardContext context, TState state, string? argument);

    protected abstract Text Summarize(TState state);

    /// <summary>The step to begin with once started; the first unless the command already answered it.</summary>
    protected virtual string? FirstStep(TState state) => null;

    async Task<(JsonObject? State, int FirstStep, StartRefusal? Refusal)> IWizard.StartAsync(WizardContext context, string? argument)
    {
        var state = new TState();
        var refusal = await StartAsync(context, state, argument);
        if (refusal is not null)
        {
            return (null, 0, refusal);
        }
        return (Serialize(state), FirstStep(state) is { } first ? IndexOf(first) : 0, null);
    }

    public async Task<AdaptiveCard> ShowAsync(WizardContext context, WizardSession session, IReadOnlyDictionary<string, string>? errors, IReadOnlyDictionary<string, string>? warnings)
    {
        var turn = new WizardTurn<TState>(context, Deserialize(session.Data), "show", []);
        foreach (var (k, v) in errors ?? new Dictionary<string, string>())
        {
            turn.Errors[k] = v;
        }
        foreach (var (k, v) in warnings ?? new Dictionary<string, string>())
        {
            turn.Warnings[k] = v;
        }
        return await Steps[session.StepIndex].Show(turn);
    }

    public async Task<(StepResult Result, JsonObject State, IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> Warnings)> SubmitAsync(
        WizardContext context, WizardSession session, string verb, JsonObject input)
    {
        var turn = new WizardTurn<TState>(context, Deserialize(session.Data), verb, input);
        var result = await Steps[session.StepIndex].Submit(turn);
        return (result, Serialize(turn.State), turn.Errors, turn.Warnings);
    }

    public Text Summarize(JsonObject state) => Summarize(Deserialize(state));

    protected int IndexOf(string stepId) => Steps.Select((s, i) => (s, i)).First(x => x.s.Id == stepId).i;

    private static JsonObject Serialize(TState state) => (JsonObject)JsonSerializer.SerializeToNode(state, StoreJson.Options)!;

    private static TState Deserialize(JsonObject data) => data.Deserialize<TState>(StoreJson.Options) ?? new TState();
}

/// <summary>One step of a wizard: its id, the card it shows, and what it does with a submission.</summary>
public sealed record WizardStep<TState>(
    string Id,
    Func<WizardTurn<TState>, Task<AdaptiveCard>> Show,
    Func<WizardTurn<TState>, Task<StepResult>> Submit);
