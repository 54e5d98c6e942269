using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>One PBX as « état du PBX » shows it.</summary>
/// <param name="Address">Where it is reached (never a secret); null for a demo PBX.</param>
public sealed record PbxHealthView(string Name, string? Address, DateTimeOffset? LastSyncedAt, string? LastError, int Pending,
    IReadOnlyList<PbxChangeLine> AwaitingDecision)
{
    public bool IsDemo => Address is null;
}

/// <summary>A change that waits for the operator: what, why, and its id for Retry and Discard.</summary>
public sealed record PbxChangeLine(string ChangeId, string What, PbxApplyState State, string? Reason);

/// <summary>« état du PBX » / "pbx status": for each PBX, whether it is connected, when it was last synced, and the changes pending or refused.</summary>
public static class PbxStatusCards
{
    private static readonly Text Title = new("État du PBX", "PBX status");
    private static readonly Text Connected = new("Connecté à {0}", "Connected to {0}");
    private static readonly Text Demo = new("PBX de démonstration : rien n'est envoyé à un 3CX.", "Demo PBX: nothing is sent to a 3CX.");
    private static readonly Text Synced = new("Dernière synchronisation", "Last synced");
    private static readonly Text Never = new("jamais", "never");
    private static readonly Text Failing = new("Dernier essai en échec : {0}", "Last attempt failed: {0}");
    private static readonly Text PendingLabel = new("En cours d'envoi au PBX", "Being sent to the PBX");
    private static readonly Text AwaitingLabel = new("Refusées ou en échec", "Refused or failed");
    private static readonly Text Refused = new("refusé : {0}", "refused: {0}");
    private static readonly Text Unreachable = new("PBX injoignable : {0}", "PBX unreachable: {0}");
    private static readonly Text Nothing = new("aucune", "none");
    private static readonly Text Retry = new("Réessayer {0}", "Retry {0}");
    private static readonly Text Discard = new("Abandonner {0}", "Discard {0}");
    private static readonly Text SyncNow = new("Synchroniser maintenant", "Sync now");

    /// <param name="canSync">Offer "sync now" (admins only).</param>
    public static AdaptiveCard Build(CardContext context, IReadOnlyList<PbxHealthView> pbxes, bool canSync)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(Title);
        List<CardElement> body = [CardLayout.Header(title)];
        var buttons = new List<CardButton>();
        foreach (var pbx in pbxes)
        {
            body.Add(CardLayout.SectionHeader(pbx.Name));
            body.Add(new TextBlock(pbx.IsDemo ? context.Say(Demo) : context.Say(Connected, pbx.Address))
            {
                Wrap = true,
                Color = pbx.IsDemo ? TextColor.Warning : TextColor.Good,
                Weight = TextWeight.Bolder,
            });
            List<(string, string?)> facts =
            [
                (context.Say(PendingLabel), pbx.Pending.ToString(CultureInfo.InvariantCulture)),
                (context.Say(AwaitingLabel), pbx.AwaitingDecision.Count == 0 ? context.Say(Nothing) : pbx.AwaitingDecision.Count.ToString(CultureInfo.InvariantCulture)),
            ];
            if (!pbx.IsDemo)
            {
                facts.Insert(0, (context.Say(Synced), pbx.LastSyncedAt is { } at ? at.ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) : context.Say(Never)));
            }
            body.Add(CardLayout.Review(context, facts));
            if (pbx.LastError is { } error)
            {
                body.Add(new TextBlock(context.Say(Failing, error)) { Wrap = true, Color = TextColor.Attention });
            }
            foreach (var line in pbx.AwaitingDecision)
            {
                var why = line.State == PbxApplyState.Unreachable ? context.Say(Unreachable, line.Reason ?? "?") : context.Say(Refused, line.Reason ?? "?");
                body.Add(new TextBlock($"• {line.What} — {why}") { Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small });
                buttons.Add(new CardButton(context.Say(Retry, line.What), PbxChangeCard.VerbRetry) { Data = new JsonObject { [PbxChangeCard.KeyChange] = line.ChangeId }, SubmitsInputs = false });
                buttons.Add(new CardButton(context.Say(Discard, line.What), PbxChangeCard.VerbDiscard) { Data = new JsonObject { [PbxChangeCard.KeyChange] = line.ChangeId }, SubmitsInputs = false });
            }
        }
        if (canSync && pbxes.Any(p => !p.IsDemo))
        {
            buttons.Add(new CardButton(context.Say(SyncNow), "command") { Data = new JsonObject { ["command"] = "synchroniser" }, SubmitsInputs = false, Style = ActionStyle.Positive });
        }
        if (buttons.Count > 0)
        {
            body.Add(CardActions.Row(context, buttons.Take(12)));
        }
        return context.Card(title, body);
    }
}
