using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>3CX's <c>TimeZoneId</c> is an IANA id (Europe/Paris), never a Windows name.</summary>
public sealed class OfficeHoursNeedAnIanaTimeZone
{
    private readonly RulesService rules = new();

    private Validation<Domain.OfficeHours> Validate(string timeZone) => rules.ValidateOfficeHours(Hours(P(DayOfWeek.Monday, "09:00", "18:00")) with { TimeZoneId = timeZone });

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("Europe/Brussels")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    public void AnIanaIdIsAccepted(string timeZone)
    {
        Assert.True(Validate(timeZone).IsValid);
    }

    [Fact]
    public void TheIdIsTrimmed()
    {
        Assert.Equal("Europe/Zurich", Validate(" Europe/Zurich ").Value!.TimeZoneId);
    }

    [Theory]
    [InlineData("Europe/Parsi")]
    [InlineData("Romance Standard Time")]
    [InlineData("GMT+1")]
    public void AnythingElseIsRefused(string timeZone)
    {
        var error = Validate(timeZone).Error(ErrorCodes.TimeZoneInvalid);

        Assert.Equal(OfficeHoursFields.TimeZone, error.Field);
    }

    [Fact]
    public void AnEmptyTimeZoneIsRequired()
    {
        Assert.True(Validate(" ").HasError(ErrorCodes.TimeZoneRequired));
    }
}
