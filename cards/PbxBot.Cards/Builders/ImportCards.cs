using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>A column of the import file as the intro card explains it.</summary>
public sealed record ImportColumnView(string Header, string Meaning, bool Required);

/// <summary>A row of the preview: its line and number, who, and what is wrong with it (nothing for a row to create).</summary>
public sealed record ImportRowView(int Line, string? Number, string Name, IReadOnlyList<string> Messages);

public sealed record ImportPreviewView(
    string JobId,
    string PbxId,
    string FileName,
    int ToCreate,
    int Rejected,
    int Duplicates,
    int WithoutEmail,
    IReadOnlyList<ImportRowView> FirstRejected,
    IReadOnlyList<ImportRowView> FirstToCreate,
    Uri? ErrorReport);

/// <summary>How far the creation went; <see cref="Refused"/>: rows the rules refused at creation time.</summary>
public sealed record ImportProgressView(string FileName, int Created, int Total, IReadOnlyList<ImportRowView> Refused, bool Finished);

/// <summary>« importer des extensions »: the columns and the template; the file's preview; the progress and the summary; the export.</summary>
public static class ImportCards
{
    public const string VerbConfirm = "import.confirm";
    public const string VerbCancel = "import.cancel";
    public const string KeyJob = "jobId";
    public const string KeyPbx = "pbxId";

    /// <summary>Rows of each kind shown on the preview; the error report has them all.</summary>
    public const int RowsShown = 10;

    private static readonly Text IntroTitle = new("Importer des extensions", "Import extensions");
    private static readonly Text IntroText = new(
        "Envoyez-moi un fichier CSV dans cette conversation (trombone 📎 ou glisser-déposer). J'accepte le modèle ci-dessous et l'export de la console 3CX, séparé par « ; » ou « , », en UTF-8 ou Windows-1252 (Excel). Au plus {0} lignes et {1}.",
        "Send me a CSV file in this conversation (paper clip 📎 or drag and drop). I accept the template below and the 3CX console's export, separated by \";\" or \",\", in UTF-8 or Windows-1252 (Excel). At most {0} rows and {1}.");
    private static readonly Text IntroAfter = new(
        "Je vérifie chaque ligne avec les mêmes règles que l'assistant, puis je vous montre un aperçu : rien n'est créé avant votre confirmation.",
        "I check every row with the same rules as the wizard, then show you a preview: nothing is created before you confirm.");
    private static readonly Text Columns = new("Colonnes", "Columns");
    private static readonly Text Required = new("obligatoire", "required");
    private static readonly Text Template = new("Télécharger le modèle", "Download the template");

    private static readonly Text PreviewTitle = new("Aperçu de l'import", "Import preview");
    private static readonly Text ToCreateLabel = new("À créer", "To create");
    private static readonly Text RejectedLabel = new("Avec des erreurs", "With errors");
    private static readonly Text DuplicatesLabel = new("Doublons dans le fichier", "Duplicates in the file");
    private static readonly Text WithoutEmailLabel = new("Sans e-mail (pas d'e-mail de bienvenue)", "Without e-mail (no welcome e-mail)");
    private static readonly Text RejectedHeader = new("Lignes refusées", "Refused rows");
    private static readonly Text MoreRejected = new("… et {0} autres : voir le rapport d'erreurs.", "… and {0} more: see the error report.");
    private static readonly Text ToCreateHeader = new("Extensions à créer", "Extensions to create");
    private static readonly Text MoreToCreate = new("… et {0} autres.", "… and {0} more.");
    private static readonly Text LineOf = new("Ligne {0}", "Line {0}");
    private static readonly Text ErrorReport = new("Télécharger le rapport d'erreurs", "Download the error report");
    private static readonly Text ConfirmButton = new("Créer {0} extensions", "Create {0} extensions");
    private static readonly Text ConfirmOne = new("Créer 1 extension", "Create 1 extension");
    private static readonly Text PreviewNote = new(
        "Les rejetées ne seront pas créées : corrigez-les dans le rapport d'erreurs et envoyez-le à nouveau plus tard.",
        "Refused rows will not be created: correct them in the error report and send it again later.");

    private static readonly Text ProgressTitle = new("Import en cours", "Import in progress");
    private static readonly Text ProgressLine = new("{0} / {1} créées", "{0} / {1} created");
    private static readonly Text ProgressNote = new(
        "Chaque extension part vers le PBX dès qu'elle est créée ; l'e-mail de bienvenue suit. Vous pouvez continuer à travailler.",
        "Each extension goes to the PBX as soon as it is created; the welcome e-mail follows. You can keep working.");
    private static readonly Text SummaryTitle = new("Import terminé", "Import finished");
    private static readonly Text Summary = new("{0} extensions créées sur {1}.", "{0} of {1} extensions created.");
    private static readonly Text RefusedHeader = new("Refusées à la création", "Refused at creation");
    private static readonly Text SummaryNote = new(
        "« état du PBX » montre celles qui attendent encore le PBX.",
        "\"pbx status\" shows those still waiting for the PBX.");

    private static readonly Text ExportTitle = new("Export des extensions", "Extensions export");
    private static readonly Text ExportText = new(
        "{0} extensions, au format de l'export de la console 3CX : le fichier peut être modifié puis renvoyé ici pour un import. Le lien est valable une heure.",
        "{0} extensions, in the 3CX console's export format: the file can be edited and sent back here to import. The link is valid for one hour.");
    private static readonly Text ExportButton = new("Télécharger le fichier CSV", "Download the CSV file");

    public static AdaptiveCard Intro(CardContext context, IReadOnlyList<ImportColumnView> columns, int maxRows, string maxSize, Uri template)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(columns);
        var title = context.Say(IntroTitle);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(IntroText, Count(context, maxRows), maxSize)),
            CardLayout.SectionHeader(context.Say(Columns)),
            new FactSet
            {
                Facts = columns.Select(c => new Fact(c.Header, c.Required ? $"{c.Meaning} ({context.Say(Required)})" : c.Meaning)).ToArray(),
            },
            new TextBlock(context.Say(IntroAfter)) { Wrap = true, IsSubtle = true },
            new ActionSet { Actions = [new OpenUrlAction(template) { Title = context.Say(Template) }] },
        ]);
    }

    public static AdaptiveCard Preview(CardContext context, ImportPreviewView v)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(v);
        var title = context.Say(PreviewTitle);
        var data = new JsonObject { [KeyJob] = v.JobId, [KeyPbx] = v.PbxId };
        List<CardElement> body =
        [
            CardLayout.Header(title, v.FileName),
            CardLayout.Review(context,
            [
                (context.Say(ToCreateLabel), Count(context, v.ToCreate)),
                (context.Say(RejectedLabel), Count(context, v.Rejected)),
                (context.Say(DuplicatesLabel), Count(context, v.Duplicates)),
                (context.Say(WithoutEmailLabel), Count(context, v.WithoutEmail)),
            ]),
        ];
        if (v.FirstRejected.Count > 0)
        {
            body.Add(CardLayout.SectionHeader(context.Say(RejectedHeader)));
            body.AddRange(v.FirstRejected.Select(r => RowBlock(context, r, TextColor.Attention)));
            if (v.Rejected > v.FirstRejected.Count)
            {
                body.Add(new TextBlock(context.Say(MoreRejected, v.Rejected - v.FirstRejected.Count)) { Wrap = true, IsSubtle = true });
            }
        }
        if (v.FirstToCreate.Count > 0)
        {
            body.Add(CardLayout.SectionHeader(context.Say(ToCreateHeader)));
            body.Add(new FactSet { Facts = v.FirstToCreate.Select(r => new Fact(r.Number ?? "?", r.Name)).ToArray() });
            if (v.ToCreate > v.FirstToCreate.Count)
            {
                body.Add(new TextBlock(context.Say(MoreToCreate, v.ToCreate - v.FirstToCreate.Count)) { Wrap = true, IsSubtle = true });
            }
        }
        if (v.Rejected > 0 && v.ToCreate > 0)
        {
            body.Add(new TextBlock(context.Say(PreviewNote)) { Wrap = true, IsSubtle = true });
        }
        var actions = new List<CardAction>();
        if (v.ErrorReport is { } report)
        {
            actions.Add(new OpenUrlAction(report) { Title = context.Say(ErrorReport) });
        }
        actions.Add(CardActions.Create(context, new CardButton(context.Say(CardText.Cancel), VerbCancel) { Data = data, SubmitsInputs = false }));
        if (v.ToCreate > 0)
        {
            var confirm = v.ToCreate == 1 ? context.Say(ConfirmOne) : context.Say(ConfirmButton, Count(context, v.ToCreate));
            actions.Add(CardActions.Create(context, new CardButton(confirm, VerbConfirm) { Data = data, SubmitsInputs = false, Style = ActionStyle.Positive }));
        }
        body.Add(new ActionSet { Actions = actions });
        return context.Card(title, body);
    }

    public static AdaptiveCard Progress(CardContext context, ImportProgressView v)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(v);
        var title = context.Say(v.Finished ? SummaryTitle : ProgressTitle);
        var line = v.Finished
            ? context.Say(Summary, Count(context, v.Created), Count(context, v.Total))
            : context.Say(ProgressLine, Count(context, v.Created), Count(context, v.Total));
        List<CardElement> body =
        [
            CardLayout.Header(title, v.FileName),
            new TextBlock(line) { Wrap = true, Size = TextSize.Large, Weight = TextWeight.Bolder, Color = v.Finished && v.Refused.Count == 0 ? TextColor.Good : null },
        ];
        if (v.Refused.Count > 0)
        {
            body.Add(CardLayout.SectionHeader(context.Say(RefusedHeader)));
            body.AddRange(v.Refused.Take(RowsShown).Select(r => RowBlock(context, r, TextColor.Attention)));
            if (v.Refused.Count > RowsShown)
            {
                body.Add(new TextBlock(context.Say(MoreToCreate, v.Refused.Count - RowsShown)) { Wrap = true, IsSubtle = true });
            }
        }
        body.Add(new TextBlock(context.Say(v.Finished ? SummaryNote : ProgressNote)) { Wrap = true, IsSubtle = true });
        return context.Card(line, body);
    }

    public static AdaptiveCard Export(CardContext context, int count, Uri file)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(ExportTitle);
        return context.Card(title,
        [
            CardLayout.Header(title),
            new TextBlock(context.Say(ExportText, Count(context, count))) { Wrap = true },
            new ActionSet { Actions = [new OpenUrlAction(file) { Title = context.Say(ExportButton) }] },
        ]);
    }

    private static Container RowBlock(CardContext context, ImportRowView r, TextColor color) => new()
    {
        Items =
        [
            new TextBlock($"{context.Say(LineOf, r.Line)} · {string.Join(" · ", new[] { r.Number, r.Name }.Where(s => !string.IsNullOrWhiteSpace(s)))}")
            {
                Weight = TextWeight.Bolder, Wrap = true,
            },
            .. r.Messages.Select(m => new TextBlock($"• {m}") { Wrap = true, Color = color, Spacing = Spacing.None }),
        ],
    };

    private static string Count(CardContext context, int n) => n.ToString("N0", Culture(context));

    private static CultureInfo Culture(CardContext context) => CultureInfo.GetCultureInfo(context.Language == Language.English ? "en-GB" : "fr-FR");
}
