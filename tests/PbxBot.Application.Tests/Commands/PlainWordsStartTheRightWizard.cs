using PbxBot.Application.Commands;

namespace PbxBot.Application.Tests.Commands;

/// <summary>Operators type what they want in their own words, French or English, with or without accents and capitals.</summary>
public sealed class PlainWordsStartTheRightWizard
{
    [Theory]
    [InlineData("nouvelle extension", Intent.CreateExtension)]
    [InlineData("Créer une extension", Intent.CreateExtension)]
    [InlineData("ajouter un utilisateur", Intent.CreateExtension)]
    [InlineData("create extension", Intent.CreateExtension)]
    [InlineData("new user please", Intent.CreateExtension)]
    [InlineData("créer un département", Intent.CreateDepartment)]
    [InlineData("CREER UN DEPARTEMENT", Intent.CreateDepartment)]
    [InlineData("nouveau service", Intent.CreateDepartment)]
    [InlineData("create department", Intent.CreateDepartment)]
    [InlineData("horaires du support", Intent.OfficeHours)]
    [InlineData("horaires de bureau", Intent.OfficeHours)]
    [InlineData("office hours", Intent.OfficeHours)]
    [InlineData("département principal de 105", Intent.PrimaryDepartment)]
    [InlineData("primary department", Intent.PrimaryDepartment)]
    [InlineData("demander une extension", Intent.RequestExtension)]
    [InlineData("request an extension", Intent.RequestExtension)]
    [InlineData("mes demandes", Intent.MyRequests)]
    [InlineData("my requests", Intent.MyRequests)]
    [InlineData("demandes en attente", Intent.PendingRequests)]
    [InlineData("pending requests", Intent.PendingRequests)]
    [InlineData("mes demandes en attente", Intent.PendingRequests)]
    [InlineData("my pending requests", Intent.PendingRequests)]
    [InlineData("renvoyer l'e-mail de bienvenue", Intent.ResendWelcome)]
    [InlineData("Réinitialiser le mail de bienvenue de 105", Intent.ResendWelcome)]
    [InlineData("resend welcome email", Intent.ResendWelcome)]
    [InlineData("donner accès", Intent.GrantAccess)]
    [InlineData("grant access", Intent.GrantAccess)]
    [InlineData("utiliser ce canal pour les approbations", Intent.UseChannelForApprovals)]
    [InlineData("aide", Intent.Help)]
    [InlineData("Help", Intent.Help)]
    [InlineData("bonjour", Intent.Help)]
    [InlineData("annuler", Intent.Cancel)]
    [InlineData("Cancel", Intent.Cancel)]
    [InlineData("retour", Intent.Back)]
    [InlineData("back", Intent.Back)]
    public void ThePhraseIsUnderstood(string text, Intent intent) =>
        Assert.Equal(intent, CommandRecognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("quel temps fait-il ?")]
    [InlineData("extension")]
    public void OtherTextIsNotACommand(string? text) =>
        Assert.Equal(Intent.Unknown, CommandRecognizer.Recognize(text).Intent);
}
