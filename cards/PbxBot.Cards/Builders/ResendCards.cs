using System.Globalization;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

public enum DeliveryState
{
    Queued,
    Sending,
    Sent,
    Failed,
}

/// <summary>One welcome e-mail's delivery as the helpdesk sees it.</summary>
public sealed record DeliveryView(DeliveryState State, DateTimeOffset At, string? Error);

/// <summary>Seed 000, step 9: who gets the welcome e-mail again, where it goes, and how it went.</summary>
public static class ResendCards
{
    private static readonly Text Title = new("Renvoyer l'e-mail de bienvenue", "Resend the welcome e-mail");
    private static readonly Text Subtitle = new(
        "De nouveaux identifiants seront émis : le lien de l'e-mail précédent ne fonctionnera plus.",
        "Fresh credentials will be issued: the link of the previous e-mail will stop working.");
    private static readonly Text Extension = new("Extension", "Extension");
    private static readonly Text Department = new("Département", "Department");
    private static readonly Text EmailLabel = new("Envoyer à", "Send to");
    private static readonly Text EmailRequired = new("Indiquez l'adresse e-mail.", "Enter the e-mail address.");
    private static readonly Text EmailHint = new("Corrigez l'adresse si elle était fausse : l'extension sera mise à jour.", "Correct the address if it was wrong: the extension will be updated.");
    private static readonly Text History = new("Envois précédents", "Previous sends");
    private static readonly Text Send = new("Renvoyer", "Resend");
    private static readonly Text StatusTitle = new("E-mail de bienvenue de {0}", "Welcome e-mail of {0}");
    private static readonly Text Queued = new("En file d'attente depuis {0}", "Queued since {0}");
    private static readonly Text Sending = new("Envoi en cours ({0})", "Sending ({0})");
    private static readonly Text Sent = new("Envoyé le {0}", "Sent on {0}");
    private static readonly Text Failed = new("Échec le {0} : {1}", "Failed on {0}: {1}");
    private static readonly Text StatusLabel = new("Statut", "Status");
    private static readonly Text To = new("Destinataire", "Recipient");

    public static AdaptiveCard Confirm(CardContext context, string number, string name, string? department, string? email,
        IReadOnlyList<DeliveryView> history, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(Title);
        List<CardElement> body =
        [
            CardLayout.Header(title, context.Say(Subtitle)),
            .. WizardCardParts.FormErrors(errors),
            .. WizardCardParts.RowError(errors, "number"),
            CardLayout.Review(context, [(context.Say(Extension), $"{number} — {name}"), (context.Say(Department), department)]),
            CardForm.Field(new TextInput("email") { Label = context.Say(EmailLabel), Value = email, Style = TextInputStyle.Email, IsRequired = true, ErrorMessage = context.Say(EmailRequired), MaxLength = 254 }, errors),
            CardForm.Hint(context.Say(EmailHint)),
        ];
        if (history.Count > 0)
        {
            body.Add(CardLayout.SectionHeader(context.Say(History)));
            body.Add(new FactSet { Facts = history.Select(h => new Fact(context.Say(StatusLabel), Describe(context, h))).ToArray() });
        }
        body.Add(CardActions.Row(context,
        [
            new CardButton(context.Say(CardText.Back), CardVerbs.Back) { SubmitsInputs = false },
            new CardButton(context.Say(CardText.Cancel), CardVerbs.Cancel) { SubmitsInputs = false },
            new CardButton(context.Say(Send), CardVerbs.Confirm) { Style = ActionStyle.Positive },
        ]));
        return context.Card(title, body);
    }

    /// <summary>The status card: refreshed when the outbox worker sends it, or fails to.</summary>
    public static AdaptiveCard Status(CardContext context, string number, string name, string address, DeliveryView delivery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(delivery);
        var tone = delivery.State switch
        {
            DeliveryState.Sent => NoticeTone.Success,
            DeliveryState.Failed => NoticeTone.Error,
            _ => NoticeTone.Info,
        };
        return NoticeCard.Build(context, tone, context.Say(StatusTitle, $"{number} — {name}"), Describe(context, delivery),
            [(context.Say(To), address), (context.Say(StatusLabel), delivery.State.ToString())]);
    }

    private static string Describe(CardContext context, DeliveryView d)
    {
        var at = d.At.ToString(context.Language == Language.English ? "yyyy-MM-dd HH:mm 'UTC'" : "dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return d.State switch
        {
            DeliveryState.Sent => context.Say(Sent, at),
            DeliveryState.Failed => context.Say(Failed, at, d.Error ?? "?"),
            DeliveryState.Sending => context.Say(Sending, at),
            _ => context.Say(Queued, at),
        };
    }
}
