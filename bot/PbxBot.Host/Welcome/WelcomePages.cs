using System.Net;
using PbxBot.Domain;

namespace PbxBot.Host.Welcome;

/// <summary>The small self-contained HTML pages of the set-password link (no script, no external resource).</summary>
internal static class WelcomePages
{
    private static readonly Text ChooseTitle = new("Choisissez votre mot de passe", "Choose your password");

    /// <summary>{0} extension number, {1} the user's name, {2} the PBX.</summary>
    private static readonly Text Who = new("Extension {0} — {1}, {2}", "Extension {0} — {1}, {2}");

    private static readonly Text PasswordLabel = new("Nouveau mot de passe ({0} caractères minimum)", "New password (at least {0} characters)");
    private static readonly Text ConfirmLabel = new("Confirmez le mot de passe", "Confirm the password");
    private static readonly Text Save = new("Enregistrer", "Save");

    public static readonly Text TooShort = new("Le mot de passe doit contenir au moins {0} caractères.", "The password must have at least {0} characters.");
    public static readonly Text TooLong = new("Le mot de passe ne doit pas dépasser {0} caractères.", "The password must not exceed {0} characters.");
    public static readonly Text Mismatch = new("Les deux mots de passe ne sont pas identiques.", "The two passwords are not the same.");
    public static readonly Text PbxUnavailable = new(
        "Le téléphone (3CX) ne répond pas pour l'instant : rien n'a changé et votre lien reste valable. Réessayez dans quelques minutes.",
        "The phone system (3CX) does not answer right now: nothing changed and your link still works. Try again in a few minutes.");
    public static readonly Text PbxRefused = new("Le téléphone (3CX) a refusé ce mot de passe : {0}", "The phone system (3CX) refused this password: {0}");

    private static readonly Text DoneTitle = new("Mot de passe enregistré", "Password saved");

    /// <summary>{0} web client address.</summary>
    private static readonly Text DoneBody = new(
        "Votre mot de passe est enregistré. Vous pouvez vous connecter au client web 3CX : {0}",
        "Your password is saved. You can now sign in to the 3CX web client: {0}");

    private static readonly Text GoneTitle = new("Lien déjà utilisé ou expiré", "Link already used or expired");

    private static readonly Text GoneBody = new(
        "Ce lien a déjà été utilisé, a été remplacé par un lien plus récent, ou a expiré. Demandez à votre support (helpdesk) de vous renvoyer l'e-mail de bienvenue : il contiendra un nouveau lien.",
        "This link has already been used, was replaced by a newer one, or has expired. Ask your helpdesk to resend the welcome e-mail: it will contain a new link.");

    public static string Form(Language l, string pbxName, string number, string displayName, string token, string? error) => Page(l, ChooseTitle.In(l), $"""
        <p class="who">{E(Who.Format(l, number, displayName, pbxName))}</p>
        {(error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""")}
        <form method="post" action="{E(Uri.EscapeDataString(number))}">
        <input type="hidden" name="token" value="{E(token)}">
        <label for="password">{E(PasswordLabel.Format(l, WebClientPasswords.MinLength))}</label>
        <input id="password" name="password" type="password" autocomplete="new-password" minlength="{WebClientPasswords.MinLength}" maxlength="{WebClientPasswords.MaxLength}" required>
        <label for="confirm">{E(ConfirmLabel.In(l))}</label>
        <input id="confirm" name="confirm" type="password" autocomplete="new-password" minlength="{WebClientPasswords.MinLength}" maxlength="{WebClientPasswords.MaxLength}" required>
        <button type="submit">{E(Save.In(l))}</button>
        </form>
        """);

    public static string Done(Language l, Uri webClientUrl) => Page(l, DoneTitle.In(l), $"""
        <p>{E(DoneBody.Format(l, "\u0001")).Replace("\u0001", $"""<a href="{E(webClientUrl.AbsoluteUri)}">{E(webClientUrl.AbsoluteUri)}</a>""", StringComparison.Ordinal)}</p>
        """);

    public static string Gone(Language l) => Page(l, GoneTitle.In(l), $"""
        <p>{E(GoneBody.In(l))}</p>
        """);

    private static string Page(Language l, string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="{{l.Code()}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{E(title)}}</title>
        <style>
        body{margin:0;background:#f3f5f8;font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2937;}
        main{max-width:440px;margin:48px auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 1px 3px rgba(0,0,0,.1);}
        h1{font-size:20px;color:#0b5cab;margin:0 0 12px;}
        .who{color:#6b7280;margin:0 0 16px;}
        .error{background:#fdecea;color:#9b1c1c;padding:10px 12px;border-radius:6px;}
        label{display:block;margin:14px 0 4px;font-weight:600;}
        input{width:100%;box-sizing:border-box;padding:10px;border:1px solid #cbd5e1;border-radius:6px;font-size:15px;}
        button{margin-top:20px;background:#0b5cab;color:#fff;border:0;border-radius:6px;padding:12px 22px;font-size:15px;font-weight:600;cursor:pointer;}
        </style>
        </head>
        <body>
        <main>
        <h1>{{E(title)}}</h1>
        {{body}}
        </main>
        </body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
