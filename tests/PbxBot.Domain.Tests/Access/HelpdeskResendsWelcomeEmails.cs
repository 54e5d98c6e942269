using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>Seed 000, step 9 ("Réinitialiser"): helpdesk and those who create extensions resend welcome e-mails and look users up.</summary>
public sealed class HelpdeskResendsWelcomeEmails
{
    [Fact]
    public void HelpdeskResendsAndLooksUpButCreatesNothing()
    {
        var helpdesk = Operators.Helpdesk;

        Assert.True(helpdesk.CanResendWelcome());
        Assert.True(helpdesk.CanLookUpUsers());
        Assert.False(helpdesk.CanCreateExtension(null));
        Assert.False(helpdesk.CanGrant(null));
    }

    [Fact]
    public void AdminsResendToo()
    {
        Assert.True(Operators.SystemAdmin.CanResendWelcome());
        Assert.True(Operators.SupportAdmin.CanResendWelcome());
    }

    [Fact]
    public void AManagerLooksUpUsersButDoesNotResend()
    {
        Assert.False(Operators.SupportManager.CanResendWelcome());
        Assert.True(Operators.SupportManager.CanLookUpUsers());
    }

    [Fact]
    public void AUserDoesNeither()
    {
        var user = Operators.With(Role.Users, "support");

        Assert.False(user.CanResendWelcome());
        Assert.False(user.CanLookUpUsers());
    }
}
