using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>Where a confirmed change stands with the PBX.</summary>
public enum PbxApplyState
{
    /// <summary>Saved in PbxBot, being sent to the PBX.</summary>
    Sending,
    Applied,
    Refused,
    Unreachable,
    Discarded,
}

/// <summary>A change's state on the PBX as its card shows it; <see cref="FieldLabel"/> and <see cref="Reason"/> come already worded.</summary>
public sealed record PbxStatusView(PbxApplyState State, string ChangeId, bool IsDemo)
{
    public DateTimeOffset? At { get; init; }

    /// <summary>The PBX's own reason (refused), or why it could not be reached.</summary>
    public string? Reason { get; init; }

    /// <summary>The label of the field the PBX named, in the operator's language.</summary>
    public string? FieldLabel { get; init; }
}

/// <summary>
/// The card that answers a confirmed change and is updated in place as the PBX applies it: "envoi au PBX…", then
/// "appliqué sur le PBX", or "refusé par le PBX : raison" with Retry and Discard. A demo PBX says so on it.
/// </summary>
public static class PbxChangeCard
{
    public const string VerbRetry = "pbx-retry";
    public const string VerbDiscard = "pbx-discard";
    public const string KeyChange = "change";

    private static readonly Text SendingTitle = new("{0} : envoi au PBX…", "{0}: sending to the PBX…");
    private static readonly Text SendingText = new(
        "C'est enregistré ; le PBX l'applique dans un instant et cette carte se met à jour.",
        "It is saved; the PBX applies it in a moment and this card updates itself.");
    private static readonly Text RefusedTitle = new("{0} : refusé par le PBX", "{0}: refused by the PBX");
    private static readonly Text RefusedText = new("Le PBX a refusé : {0}", "The PBX refused: {0}");
    private static readonly Text RefusedField = new("Champ concerné : {0}.", "Field concerned: {0}.");
    private static readonly Text AwaitingYou = new(
        "Rien d'autre n'a été changé. Corrigez puis réessayez, ou abandonnez : PbxBot retire alors ce qu'il avait enregistré.",
        "Nothing else was changed. Fix it and retry, or discard: PbxBot then takes back what it had saved.");
    private static readonly Text UnreachableTitle = new("{0} : PBX injoignable", "{0}: PBX unreachable");
    private static readonly Text UnreachableText = new(
        "Le PBX n'a pas répondu malgré plusieurs essais ({0}). Rien n'est perdu : réessayez plus tard ou abandonnez.",
        "The PBX did not answer after several attempts ({0}). Nothing is lost: retry later or discard.");
    private static readonly Text DiscardedTitle = new("{0} : modification abandonnée", "{0}: change discarded");
    private static readonly Text DiscardedText = new(
        "Rien n'a été changé sur le PBX, et PbxBot a retiré ce qu'il avait enregistré.",
        "Nothing was changed on the PBX, and PbxBot took back what it had saved.");
    private static readonly Text PbxFact = new("Sur le PBX", "On the PBX");
    private static readonly Text StateSending = new("envoi en cours…", "being sent…");
    private static readonly Text StateApplied = new("appliqué le {0}", "applied on {0}");
    private static readonly Text StateRefused = new("refusé", "refused");
    private static readonly Text StateUnreachable = new("injoignable", "unreachable");
    private static readonly Text StateDiscarded = new("abandonné", "discarded");
    private static readonly Text Demo = new(
        "PBX de démonstration : rien n'est envoyé à un 3CX.",
        "Demo PBX: nothing is sent to a 3CX.");
    private static readonly Text Retry = new("Réessayer", "Retry");
    private static readonly Text Discard = new("Abandonner", "Discard");

    /// <param name="subject">What changed, e.g. "Extension 103" or « Département Comptabilité ».</param>
    /// <param name="appliedTitle">The title once the PBX has it, e.g. "Extension 103 créée".</param>
    /// <param name="appliedText">What it means for people, e.g. "Marie Dupont peut maintenant utiliser le poste 103."</param>
    public static AdaptiveCard Build(CardContext context, string subject, string appliedTitle, string appliedText,
        IReadOnlyList<(string Title, string? Value)> facts, PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pbx);
        var (tone, title, text) = pbx.State switch
        {
            PbxApplyState.Applied => (NoticeTone.Success, appliedTitle, appliedText),
            PbxApplyState.Sending => (NoticeTone.Info, context.Say(SendingTitle, subject), context.Say(SendingText)),
            PbxApplyState.Refused => (NoticeTone.Error, context.Say(RefusedTitle, subject), Refusal(context, pbx)),
            PbxApplyState.Unreachable => (NoticeTone.Error, context.Say(UnreachableTitle, subject), context.Say(UnreachableText, pbx.Reason ?? "?")),
            _ => (NoticeTone.Warning, context.Say(DiscardedTitle, subject), context.Say(DiscardedText)),
        };
        List<(string Title, string? Value)> all = [.. facts, (context.Say(PbxFact), StateOf(context, pbx))];
        var extra = pbx.IsDemo
            ? new CardElement[] { new TextBlock(context.Say(Demo)) { Color = TextColor.Warning, Wrap = true, Weight = TextWeight.Bolder } }
            : [];
        return NoticeCard.Build(context, tone, title, text, all, Buttons(context, pbx), extra);
    }

    private static string Refusal(CardContext context, PbxStatusView pbx)
    {
        var refusal = context.Say(RefusedText, pbx.Reason?.TrimEnd('.') + ".");
        var field = pbx.FieldLabel is null ? "" : " " + context.Say(RefusedField, pbx.FieldLabel);
        return $"{refusal}{field} {context.Say(AwaitingYou)}";
    }

    private static string StateOf(CardContext context, PbxStatusView pbx) => pbx.State switch
    {
        PbxApplyState.Sending => context.Say(StateSending),
        PbxApplyState.Applied => context.Say(StateApplied, pbx.At is { } at ? at.ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—"),
        PbxApplyState.Refused => context.Say(StateRefused),
        PbxApplyState.Unreachable => context.Say(StateUnreachable),
        _ => context.Say(StateDiscarded),
    };

    private static CardButton[] Buttons(CardContext context, PbxStatusView pbx) =>
        pbx.State is PbxApplyState.Refused or PbxApplyState.Unreachable
            ?
            [
                new CardButton(context.Say(Retry), VerbRetry) { Data = new JsonObject { [KeyChange] = pbx.ChangeId }, Style = ActionStyle.Positive, SubmitsInputs = false },
                new CardButton(context.Say(Discard), VerbDiscard) { Data = new JsonObject { [KeyChange] = pbx.ChangeId }, Style = ActionStyle.Destructive, SubmitsInputs = false },
            ]
            : [];
}
