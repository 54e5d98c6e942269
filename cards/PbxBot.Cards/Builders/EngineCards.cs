using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>The cards every wizard shares: which PBX, continue-or-discard, notices, access denied.</summary>
public static class EngineCards
{
    private static readonly Text Continue = new("Continuer", "Continue");
    private static readonly Text Discard = new("Abandonner", "Discard");
    private static readonly Text DiscardAndStart = new("Abandonner et commencer l'autre", "Discard and start the other one");
    private static readonly Text DiscardAndRestart = new("Abandonner et recommencer", "Discard and start again");
    private static readonly Text InProgress = new("Assistant en cours", "Wizard in progress");

    /// <summary>"On which 3CX?" — one button per PBX the operator may use for this wizard.</summary>
    public static AdaptiveCard PickPbx(CardContext context, string wizardTitle, string question, IReadOnlyList<(string Id, string Name)> pbxes)
    {
        ArgumentNullException.ThrowIfNull(context);
        var buttons = pbxes.Select(p => new CardButton(p.Name, "pick-pbx") { Data = new JsonObject { ["pbx"] = p.Id }, SubmitsInputs = false }).ToList();
        buttons.Add(new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false });
        return context.Card(wizardTitle, [CardLayout.Header(wizardTitle, question), CardActions.Row(context, buttons)]);
    }

    /// <summary>"You were creating extension 105 for Marie Curie — continue or discard?"</summary>
    /// <param name="thenWizard">The wizard asked for, started once this one is discarded (null: just discard).</param>
    /// <param name="restart">The wizard asked for is the one in progress: discarding starts it afresh.</param>
    public static AdaptiveCard Resume(CardContext context, string question, string? thenWizard, bool restart = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var discard = new CardButton(context.Say(thenWizard is null ? Discard : restart ? DiscardAndRestart : DiscardAndStart), "discard")
        {
            Data = thenWizard is null ? null : new JsonObject { ["then"] = thenWizard },
            SubmitsInputs = false,
            Style = ActionStyle.Destructive,
        };
        return context.Card(question,
        [
            CardLayout.Header(context.Say(InProgress), question),
            CardActions.Row(context, [new CardButton(context.Say(Continue), "resume") { SubmitsInputs = false, Style = ActionStyle.Positive }, discard]),
        ]);
    }

    public static AdaptiveCard Notice(CardContext context, string title, string text, NoticeTone tone) => NoticeCard.Build(context, tone, title, text);

    public static AdaptiveCard AccessDenied(CardContext context, string userId, string? userName) => AccessDeniedCard.Build(context, userId, userName);
}
