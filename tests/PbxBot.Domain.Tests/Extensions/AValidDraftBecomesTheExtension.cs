using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Extensions;

/// <summary>A draft that passes every rule becomes the extension to save, normalised, stamped with who and when; an invalid one yields no value.</summary>
public sealed class AValidDraftBecomesTheExtension
{
    private readonly RulesService rules = new();

    [Fact]
    public void EveryFieldIsNormalisedAndStamped()
    {
        var validation = rules.ValidateExtension(SamplePbx.ValidDraft() with { Role = Role.Managers }, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.True(validation.IsValid);
        Assert.Empty(validation.Warnings);
        Assert.Equal(new Extension
        {
            Number = "105",
            FirstName = "Justine",
            LastName = "Martin",
            EmailAddress = "justine.martin@acme.fr",
            Mobile = "+33612345678",
            Department = "support",
            Role = Role.Managers,
            Did = "+33180203040",
            CreatedAt = Now.Value,
            CreatedBy = Operators.SystemAdmin.UserId,
        }, validation.Value);
    }

    [Fact]
    public void EveryInvalidFieldIsReportedAtOnceAndNoValueIsGiven()
    {
        var draft = new ExtensionDraft { Number = "112", FirstName = "", LastName = "", EmailAddress = "x", Mobile = "12", Department = "nope", Role = Role.SystemOwners, Did = "+1" };

        var validation = rules.ValidateExtension(draft, SamplePbx.France(), Operators.SystemAdmin, Now.Value);

        Assert.Null(validation.Value);
        Assert.Equal(
            [ExtensionFields.Number, ExtensionFields.FirstName, ExtensionFields.LastName, ExtensionFields.Email, ExtensionFields.Mobile, ExtensionFields.Department, ExtensionFields.Role, ExtensionFields.Did],
            validation.Errors.Select(e => e.Field));
    }
}
