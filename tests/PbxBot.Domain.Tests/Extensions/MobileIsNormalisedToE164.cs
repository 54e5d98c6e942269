using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>Seed 000, step 4: the mobile is optional; typed in the national format of the PBX's country, it is stored as E.164.</summary>
public sealed class MobileIsNormalisedToE164
{
    private readonly RulesService rules = new();

    private Validation<Extension> Validate(string? mobile, string country = "FR") =>
        rules.ValidateExtension(SamplePbx.ValidDraft() with { Mobile = mobile, Number = null }, SamplePbx.France().In(country), Operators.SystemAdmin, Now.Value);

    [Theory]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("06.12.34.56.78", "FR", "+33612345678")]
    [InlineData("+33 6 12 34 56 78", "FR", "+33612345678")]
    [InlineData("0033612345678", "FR", "+33612345678")]
    [InlineData("0470 12 34 56", "BE", "+32470123456")]
    [InlineData("079 123 45 67", "CH", "+41791234567")]
    [InlineData("07400 123456", "UK", "+447400123456")]
    [InlineData("(201) 555-0123", "US", "+12015550123")]
    [InlineData("+33 6 12 34 56 78", "DE", "+33612345678")]
    public void ANationalOrInternationalNumberBecomesE164(string typed, string country, string expected)
    {
        Assert.Equal(expected, Validate(typed, country).Value!.Mobile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TheMobileIsOptional(string? mobile)
    {
        var validation = Validate(mobile);

        Assert.True(validation.IsValid);
        Assert.Null(validation.Value!.Mobile);
    }

    [Theory]
    [InlineData("06 12")]
    [InlineData("not a number")]
    [InlineData("+33 6 12 34 56 78 90 12")]
    public void AnInvalidNumberIsAnErrorWithAnExampleOfTheCountry(string typed)
    {
        var error = Validate(typed).Error(ErrorCodes.MobileInvalid);

        Assert.Equal(ExtensionFields.Mobile, error.Field);
        Assert.Contains("France", error.Message.French, StringComparison.Ordinal);
        Assert.Contains("+33", error.Message.French, StringComparison.Ordinal);
    }
}
