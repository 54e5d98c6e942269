using PbxBot.Domain;

namespace PbxBot.Mail;

/// <summary>The words of the welcome e-mail, French and English side by side.</summary>
internal static class WelcomeEmailContent
{
    /// <summary>{0} extension number, {1} PBX name.</summary>
    public static readonly Text Subject = new("Bienvenue ! Votre extension 3CX {0} sur {1}", "Welcome! Your 3CX extension {0} on {1}");

    /// <summary>{0} extension number.</summary>
    public static readonly Text ResendSubject = new("Votre nouveau lien de connexion 3CX (extension {0})", "Your new 3CX sign-in link (extension {0})");

    public static readonly Text Preheader = new(
        "Choisissez votre mot de passe puis connectez-vous au client web et à l'application 3CX.",
        "Choose your password, then sign in to the 3CX web client and mobile app.");

    /// <summary>{0} first name.</summary>
    public static readonly Text Greeting = new("Bonjour {0},", "Hello {0},");

    /// <summary>{0} PBX name.</summary>
    public static readonly Text Intro = new(
        "Votre extension téléphonique a été créée sur {0}. Voici vos informations :",
        "Your phone extension has been created on {0}. Here are your details:");

    public static readonly Text ResendIntro = new(
        "Voici un nouveau lien pour choisir votre mot de passe. Le lien envoyé précédemment ne fonctionne plus. Pour rappel, vos informations :",
        "Here is a new link to choose your password. The link sent before no longer works. As a reminder, your details:");

    public static readonly Text Extension = new("Extension", "Extension");
    public static readonly Text Name = new("Nom", "Name");
    public static readonly Text Department = new("Département", "Department");
    public static readonly Text Did = new("Numéro direct (SDA)", "Direct number (DID)");

    public static readonly Text Step1 = new("1. Choisissez votre mot de passe", "1. Choose your password");
    public static readonly Text Step1Button = new("Choisir mon mot de passe", "Choose my password");

    /// <summary>{0} expiry date and time.</summary>
    public static readonly Text Step1Note = new(
        "Ce lien est personnel et ne fonctionne qu'une seule fois, jusqu'au {0}. Ne le transférez pas.",
        "This link is personal and works only once, until {0}. Do not forward it.");

    public static readonly Text Step2 = new("2. Connectez-vous au client web", "2. Sign in to the web client");

    /// <summary>{0} web client address, {1} extension number.</summary>
    public static readonly Text Step2Body = new(
        "Ouvrez {0} et connectez-vous avec votre numéro d'extension ({1}) ou votre adresse e-mail, et le mot de passe choisi.",
        "Open {0} and sign in with your extension number ({1}) or your e-mail address, and the password you chose.");

    public static readonly Text Step3 = new("3. Installez l'application mobile 3CX", "3. Install the 3CX mobile app");

    public static readonly Text Step3Body = new(
        "Téléchargez l'application 3CX pour iPhone ou Android, puis, dans le client web, ouvrez votre profil et scannez le code QR de configuration avec l'application.",
        "Download the 3CX app for iPhone or Android, then, in the web client, open your profile and scan the configuration QR code with the app.");

    public static readonly Text AppStore = new("iPhone (App Store)", "iPhone (App Store)");
    public static readonly Text GooglePlay = new("Android (Google Play)", "Android (Google Play)");

    public static readonly Text Footer = new(
        "Vous n'attendiez pas cet e-mail ? Contactez l'administrateur de votre téléphonie. Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.",
        "Not expecting this e-mail? Contact your phone system administrator. This e-mail was sent automatically; please do not reply.");

    public static readonly Uri AppStoreUrl = new("https://apps.apple.com/app/3cx/id992045982");
    public static readonly Uri GooglePlayUrl = new("https://play.google.com/store/apps/details?id=com.tcx.sipphone14");

    /// <summary>How the link's expiry is written.</summary>
    public static readonly Text DateFormat = new("d MMMM yyyy 'à' HH:mm", "MMMM d, yyyy 'at' h:mm tt");
}
