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
    public void TheTargetFollowsTheCommand(string text, Intent intent, string argument)
    {
        var command = CommandRecognizer.Recognize(text);

        Assert.Equal(intent, command.Intent);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("horaires de bureau")]
    [InlineData("resend welcome email")]
    public void WithoutATargetTheWizardAsksForIt(string text) =>
        Assert.Null(CommandRecognizer.Recognize(text).Argument);
}
