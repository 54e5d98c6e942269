using PbxBot.Application.Commands;

namespace PbxBot.Application.Tests.Commands;

/// <summary>
/// "horaires du support" opens the support department's office hours; "renvoyer l'e-mail de bienvenue à 105" goes
/// straight to extension 105: the words after the command, without linking words, are what it acts on.
/// </summary>
public sealed class WordsAfterTheCommandNameItsTarget
{
    [Theory]
    [InlineData("horaires du support", Intent.OfficeHours, "support")]
    [InlineData("horaires de la comptabilité", Intent.OfficeHours, "comptabilite")]
    [InlineData("office hours of sales", Intent.OfficeHours, "sales")]
    [InlineData("renvoyer l'e-mail de bienvenue à 105", Intent.ResendWelcome, "105")]
    [InlineData("resend welcome email to Marie Curie", Intent.ResendWelcome, "marie curie")]
    [InlineData("resend welcome email to marie.curie@dupont.example", Intent.ResendWelcome, "marie.curie@dupont.example")]
    [InlineData("département principal de 105", Intent.PrimaryDepartment, "105")]
    [InlineData("modifier l'extension 105", Intent.EditExtension, "105")]
    [InlineData("modifier Marie Curie", Intent.EditExtension, "marie curie")]
    [InlineData("edit extension 105", Intent.EditExtension, "105")]
    [InlineData("supprimer l'extension 105", Intent.DeleteExtension, "105")]
    [InlineData("modifier le département Support", Intent.EditDepartment, "support")]
    [InlineData("historique de 105", Intent.History, "105")]
    [InlineData("history of 105", Intent.History, "105")]
    [InlineData("historique de Marie Curie", Intent.History, "marie curie")]
    [InlineData("historique du département Ventes", Intent.History, "ventes")]
    [InlineData("annuler la dernière modification de 105", Intent.Undo, "105")]
    public void TheTargetFollowsTheCommand(string text, Intent intent, string argument)
    {
        var command = CommandRecognizer.Recognize(text);

        Assert.Equal(intent, command.Intent);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("horaires de bureau")]
    [InlineData("resend welcome email")]
    [InlineData("annuler la dernière modification")]
    [InlineData("undo")]
    [InlineData("history")]
    [InlineData("historique")]
    public void WithoutATargetTheWizardAsksForIt(string text) =>
        Assert.Null(CommandRecognizer.Recognize(text).Argument);
}
