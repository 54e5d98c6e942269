using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>Seed 000, step 6: 2FA is off by default so that the first sign-in is not blocked; turning it on is allowed but warned.</summary>
public sealed class TwoFactorIsOffByDefault
{
    private readonly RulesService rules = new();

    [Fact]
    public void ANewDraftAndANewExtensionHaveTwoFactorOff()
    {
        Assert.False(new ExtensionDraft().Require2FA);
        Assert.False(new Extension { Number = "105", FirstName = "A", LastName = "B", Department = "support" }.Require2FA);

        var validation = rules.ValidateExtension(SamplePbx.ValidDraft(), SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.False(validation.Value!.Require2FA);
        Assert.Empty(validation.WarningsFor(ExtensionFields.Require2FA));
    }

    [Fact]
    public void TurningItOnIsKeptWithAWarningAboutTheFirstSignIn()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Require2FA = true }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.True(validation.IsValid);
        Assert.True(validation.Value!.Require2FA);
        var warning = Assert.Single(validation.WarningsFor(ExtensionFields.Require2FA));
        Assert.Equal(ErrorCodes.Require2FAOn, warning.Code);
        Assert.Contains("première connexion", warning.Message.French, StringComparison.Ordinal);
    }
}
