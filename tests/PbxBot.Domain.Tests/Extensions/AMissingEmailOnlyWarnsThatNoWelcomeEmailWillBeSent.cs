using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>Seed 000, step 4: the e-mail is "optionnel mais recommandé" — without it the extension is created, with a warning.</summary>
public sealed class AMissingEmailOnlyWarnsThatNoWelcomeEmailWillBeSent
{
    private readonly RulesService rules = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AnExtensionWithoutEmailIsValidWithAWarning(string? email)
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { EmailAddress = email }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.True(validation.IsValid);
        Assert.Null(validation.Value!.EmailAddress);
        var warning = Assert.Single(validation.WarningsFor(ExtensionFields.Email));
        Assert.Equal(ErrorCodes.EmailMissing, warning.Code);
        Assert.Contains("aucun e-mail de bienvenue", warning.Message.French, StringComparison.Ordinal);
        Assert.Contains("no welcome e-mail", warning.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExtensionWithEmailHasNoSuchWarning()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft(), SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.False(validation.HasWarning(ErrorCodes.EmailMissing));
    }
}
