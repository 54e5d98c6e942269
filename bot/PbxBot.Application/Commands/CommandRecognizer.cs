namespace PbxBot.Application.Commands;

/// <summary>
/// Understands the commands of the Teams command list (French and English) and their everyday variants:
/// "nouvelle extension", "create extension", "horaires du support", "renvoyer l'e-mail de bienvenue à 105"…
/// Keyword rules, not a language model: predictable, fast, and easy to extend.
/// </summary>
public static class CommandRecognizer
{
    private static readonly string[] CreateWords = ["nouvelle", "nouvel", "nouveau", "creer", "cree", "create", "new", "ajouter", "add"];
    private static readonly string[] ExtensionWords = ["extension", "poste", "utilisateur", "user"];
    private static readonly string[] DepartmentWords = ["departement", "department", "service", "groupe", "group"];
    private static readonly string[] EditWords = ["modifier", "modifie", "edit", "change", "changer", "corriger", "update"];
    private static readonly string[] DeleteWords = ["supprimer", "supprime", "delete", "remove", "retirer", "effacer"];
    private static readonly string[] StopWords =
        ["du", "de", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "pour", "of", "for", "the", "to", "dept", "departement", "department", "service"];

    public static Command Recognize(string? text)
    {
        var t = TextNormalizer.Normalize(text);
        if (t.Length == 0)
        {
            return new Command(Intent.Unknown);
        }
        var words = t.Split(' ');
        bool Has(params string[] any) => any.Any(a => a.Contains(' ', StringComparison.Ordinal) ? t.Contains(a, StringComparison.Ordinal) : words.Contains(a));
        bool Starts(params string[] any) => any.Any(a => words.Any(w => w.StartsWith(a, StringComparison.Ordinal)));

        if (t is "annuler" or "cancel" or "stop" or "abandonner" or "quit")
        {
            return new Command(Intent.Cancel);
        }
        if (t is "retour" or "back" or "precedent" or "previous")
        {
            return new Command(Intent.Back);
        }
        if (t is "aide" or "help" or "?" or "menu" or "bonjour" or "hello" or "hi" or "salut" || Has("aide moi", "help me", "que peux tu faire", "what can you do"))
        {
            return new Command(Intent.Help);
        }
        if (t is "sync" or "synchroniser" or "synchronise" or "synchronisation" or "resynchroniser" or "synchronize" or "synchronise pbx"
            || (Starts("synchro", "sync") && Has("pbx", "3cx")))
        {
            return new Command(Intent.SyncPbx);
        }
        if (Has("etat du pbx", "etat du 3cx", "statut du pbx", "pbx status", "status of the pbx", "3cx status", "etat pbx", "pbx state"))
        {
            return new Command(Intent.PbxStatus);
        }
        // Before "create an extension": « importer des extensions » creates many, from a file.
        if (Starts("import") && Starts("extension", "poste", "utilisateur", "user", "csv", "fichier", "file") || t is "importer" or "import")
        {
            return new Command(Intent.ImportExtensions);
        }
        if (Starts("export") && (Starts("extension", "poste", "utilisateur", "user", "csv") || t is "exporter" or "export"))
        {
            return new Command(Intent.ExportExtensions);
        }
        // Before "cancel": "annuler la dernière modification" is an undo, "annuler" alone stops a wizard (handled above).
        if (Has("annuler la derniere", "annule la derniere", "annuler ma derniere", "undo", "defaire", "revert the last", "undo the last"))
        {
            return new Command(Intent.Undo, ArgumentAfter(words, ["modification", "modif", "changement", "change", "undo"]));
        }
        if (Starts("historiq") || Has("history"))
        {
            return new Command(Intent.History, ArgumentAfter(words, ["historique", "history"]));
        }
        if (t is "journal" or "audit" or "log" || Has("journal", "activity log", "audit log", "recent changes", "dernieres modifications"))
        {
            return new Command(Intent.Journal);
        }
        if (Has("canal", "channel") && Starts("approb", "approv", "validation"))
        {
            return new Command(Intent.UseChannelForApprovals);
        }
        if ((Starts("renvoy", "renvoi", "resend", "reinitialis", "reset") && (Starts("mail", "e-mail", "email", "courriel") || Has("bienvenue", "welcome")))
            || (Has("welcome", "bienvenue") && Starts("mail", "e-mail", "email")))
        {
            return new Command(Intent.ResendWelcome, ArgumentAfter(words, ["bienvenue", "welcome", "email", "e-mail", "mail", "courriel"]));
        }
        // Before "my requests": "mes demandes en attente" asks for the requests to approve.
        if (Has("demandes en attente", "pending requests", "requests pending", "demandes a valider", "a approuver", "to approve"))
        {
            return new Command(Intent.PendingRequests);
        }
        if (Has("mes demandes", "my requests", "mes requetes"))
        {
            return new Command(Intent.MyRequests);
        }
        if (Starts("demand", "request", "solliciter") && Has(ExtensionWords))
        {
            return new Command(Intent.RequestExtension);
        }
        if (Has("donner acces", "donner l acces", "grant access", "accorder acces", "accorder l acces", "ajouter un operateur", "add operator") || (Starts("acces", "access") && Starts("donn", "grant", "accord")))
        {
            return new Command(Intent.GrantAccess);
        }
        if (Has("departement principal", "primary department", "service principal", "main department"))
        {
            return new Command(Intent.PrimaryDepartment, ArgumentAfter(words, ["principal", "department", "departement"]));
        }
        if (Starts("horaire") || Has("heures de bureau", "heures d ouverture", "office hours", "opening hours", "business hours", "schedule", "planning"))
        {
            return new Command(Intent.OfficeHours, ArgumentAfter(words, ["horaires", "horaire", "hours", "bureau", "ouverture", "schedule", "planning"]));
        }
        if (Has(DeleteWords) || Has(EditWords))
        {
            // What is changed is the first thing named: "supprimer le département Atelier", "modifier l'extension 105",
            // "modifier Marie Curie" (an extension, named by who it is).
            var delete = Has(DeleteWords);
            var extension = FirstIndex(words, ExtensionWords);
            var department = FirstIndex(words, DepartmentWords);
            if (department >= 0 && (extension < 0 || department < extension))
            {
                return new Command(delete ? Intent.DeleteDepartment : Intent.EditDepartment, ArgumentAfter(words, DepartmentWords));
            }
            var argument = extension >= 0 ? ArgumentAfter(words, ExtensionWords) : ArgumentAfter(words, delete ? DeleteWords : EditWords);
            return new Command(delete ? Intent.DeleteExtension : Intent.EditExtension, argument);
        }
        if (Has(CreateWords) && (Has(DepartmentWords) || Has(ExtensionWords)))
        {
            // What is created is the first thing named: "nouvelle extension au service support" is an extension
            // (in Support), "créer un département" a department.
            var extension = FirstIndex(words, ExtensionWords);
            var department = FirstIndex(words, DepartmentWords);
            return extension >= 0 && (department < 0 || extension < department)
                ? new Command(Intent.CreateExtension, department < 0 ? null : ArgumentAfter(words, DepartmentWords) ?? WordBefore(words, department))
                : new Command(Intent.CreateDepartment);
        }
        return new Command(Intent.Unknown);
    }

    /// <summary>"in the sales department": the name said before the keyword, in English word order.</summary>
    private static string? WordBefore(string[] words, int index) =>
        index > 0 && !StopWords.Contains(words[index - 1]) && !ExtensionWords.Contains(words[index - 1]) ? words[index - 1] : null;

    private static int FirstIndex(string[] words, string[] keywords) => Array.FindIndex(words, keywords.Contains);

    /// <summary>The words after the last keyword, without linking words: "horaires du support" → "support".</summary>
    private static string? ArgumentAfter(string[] words, string[] keywords)
    {
        var last = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (keywords.Contains(words[i]))
            {
                last = i;
            }
        }
        if (last < 0)
        {
            return null;
        }
        var rest = words.Skip(last + 1).SkipWhile(w => StopWords.Contains(w)).ToArray();
        return rest.Length == 0 ? null : string.Join(' ', rest);
    }
}
