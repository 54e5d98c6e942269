using System.Diagnostics;
using PbxBot.Testing.Conversations;

namespace PbxBot.Benchmarks.Turns;

/// <summary>
/// One round of an operator's work, five turns: "nouvelle extension" (identity card, with a proposed number),
/// "Suivant" with a number of its own and a name (placement card), "Suivant" (review card showing that number),
/// "Confirmer" (the "Extension N : envoi au PBX…" card, which the outbox later updates in place to "Extension N créée"
/// once the PBX has it: that delay is measured apart), then "aide" (the help card). Each reply is checked: a turn that
/// answers anything else — an error under a field, a text instead of a card, a 500 — is an error, never a success.
/// </summary>
public sealed class WizardRound(TeamsChat chat, TurnRecorder recorder, bool welcomeEmail)
{
    public const string ConfirmStep = "confirm";

    /// <summary>Plays the round with <paramref name="number"/>; false when a turn failed (the wizard is then cancelled).</summary>
    public async Task<bool> PlayAsync(string number)
    {
        var identity = await TurnAsync("text", () => chat.SayAsync("nouvelle extension"),
            card => card.Inputs.ContainsKey("number") && card.Inputs.ContainsKey("firstName") ? null : "no identity card");
        if (identity is null)
        {
            return await AbandonAsync();
        }
        var names = new Dictionary<string, string>
        {
            ["number"] = number,
            ["firstName"] = "Ada",
            ["lastName"] = $"Lovelace {number}",
            ["mobile"] = "06 12 34 56 78",
            ["email"] = welcomeEmail ? $"ada.{number}@bench.example" : "",
        };
        var placement = await TurnAsync("identity", () => chat.PressAsync(identity, "Suivant", names),
            card => card.Inputs.ContainsKey("department") && card.Errors.Count == 0 ? null : $"no placement card: {string.Join(" / ", card.Errors)}");
        if (placement is null)
        {
            return await AbandonAsync();
        }
        var review = await TurnAsync("placement", () => chat.PressAsync(placement, "Suivant"),
            card => card.HasButton("Confirmer") && card.Text.Contains(number, StringComparison.Ordinal) ? null : "no review card for the number");
        if (review is null)
        {
            return await AbandonAsync();
        }
        var confirmedAt = Stopwatch.GetTimestamp();
        var created = await TurnAsync(ConfirmStep, () => chat.PressAsync(review, "Confirmer"),
            card => card.Text.Contains($"Extension {number} : envoi au PBX", StringComparison.Ordinal) || card.Text.Contains($"Extension {number} créée", StringComparison.Ordinal)
                ? null : $"not saved: {Head(card.Text)}");
        if (created is null)
        {
            return await AbandonAsync();
        }
        recorder.Confirmed(number, confirmedAt);
        var help = await TurnAsync("aide", () => chat.SayAsync("aide"),
            card => card.Text.Contains("Ce que je peux faire pour vous", StringComparison.Ordinal) ? null : "no help card");
        return help is not null;
    }

    private async Task<CardView?> TurnAsync(string step, Func<Task<TurnOutcome>> turn, Func<CardView, string?> check)
    {
        var started = Stopwatch.GetTimestamp();
        TurnOutcome outcome;
        try
        {
            outcome = await turn();
        }
        catch (TaskCanceledException)
        {
            outcome = TurnOutcome.Failed("no answer within the client's timeout");
        }
        catch (Exception e)
        {
            // A body that is not JSON, a refused connection…: whatever it is, this turn failed.
            outcome = TurnOutcome.Failed($"{e.GetType().Name}: {e.Message}");
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var error = outcome.Error ?? check(outcome.Shown!);
        recorder.Record(step, elapsed, error);
        return error is null ? outcome.Shown : null;
    }

    /// <summary>After a failed turn: "annuler", so the next round starts afresh (not timed, not counted).</summary>
    private async Task<bool> AbandonAsync()
    {
        try
        {
            await chat.SayAsync("annuler");
        }
        catch (Exception)
        {
            // The next round reports whatever is wrong.
        }
        return false;
    }

    private static string Head(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
