using PbxBot.Domain.Rules;
using static PbxBot.Domain.Tests.OfficeHours.Schedules;

namespace PbxBot.Domain.Tests.OfficeHours;

/// <summary>Holidays (3CX <c>OfficeHolidays</c>): a single day or a range, yearly or not, named, ending on or after their start.</summary>
public sealed class HolidaysHaveANameAndValidDates
{
    private readonly RulesService rules = new();

    private Validation<Domain.OfficeHours> Validate(params Holiday[] holidays) =>
        rules.ValidateOfficeHours(Hours(P(DayOfWeek.Monday, "09:00", "18:00")) with { Holidays = holidays });

    [Fact]
    public void SingleDaysAndRangesRecurringOrNotAreAccepted()
    {
        var validation = Validate(
            new Holiday("Noël", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25), IsRecurrent: true),
            new Holiday("Fermeture estivale", new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 21), IsRecurrent: false),
            new Holiday("Fêtes de fin d'année", new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 2), IsRecurrent: true));

        Assert.True(validation.IsValid);
        Assert.Equal(3, validation.Value!.Holidays.Count);
    }

    [Fact]
    public void AHolidayEndingBeforeItStartsIsRefusedOnItsOwnInput()
    {
        var validation = Validate(
            new Holiday("Noël", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25), true),
            new Holiday("Pont", new DateOnly(2026, 5, 15), new DateOnly(2026, 5, 14), false));

        var error = validation.Error(ErrorCodes.HolidayEndBeforeStart);
        Assert.Equal("holiday.1", error.Field);
        Assert.Equal("« Pont » finit le 14 mai 2026, avant de commencer le 15 mai 2026 : la date de fin doit être le même jour ou après.", error.Message.French);
        Assert.Equal("\"Pont\" ends on May 14, 2026, before it starts on May 15, 2026: the end date must be the same day or later.", error.Message.English);
    }

    [Fact]
    public void AHolidayNeedsAName()
    {
        var error = Validate(new Holiday("  ", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1), true)).Error(ErrorCodes.HolidayNameRequired);

        Assert.Equal("holiday.0", error.Field);
        Assert.Contains("1 mai 2026", error.Message.French, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnnamedHolidayWithBackwardsDatesGetsBothErrors()
    {
        var validation = Validate(new Holiday("", new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), false));

        Assert.True(validation.HasError(ErrorCodes.HolidayNameRequired));
        Assert.StartsWith("La fermeture finit le 1 mai 2026", validation.Error(ErrorCodes.HolidayEndBeforeStart).Message.French, StringComparison.Ordinal);
        Assert.StartsWith("The closure ends on May 1, 2026", validation.Error(ErrorCodes.HolidayEndBeforeStart).Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AHolidayNameIsTrimmed()
    {
        Assert.Equal("Noël", Validate(new Holiday(" Noël ", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25), true)).Value!.Holidays[0].Name);
    }

    [Fact]
    public void AHolidayOfMoreThanAYearIsATypoInTheYear()
    {
        Assert.True(Validate(new Holiday("Été", new DateOnly(2026, 7, 1), new DateOnly(2027, 7, 31), false)).HasError(ErrorCodes.HolidayTooLong));
    }

    [Fact]
    public void HolidaysAreOptional()
    {
        Assert.True(Validate().IsValid);
    }
}
