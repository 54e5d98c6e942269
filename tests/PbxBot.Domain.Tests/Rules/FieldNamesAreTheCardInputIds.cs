using PbxBot.Domain.Rules;

namespace PbxBot.Domain.Tests.Rules;

/// <summary>Errors are attached to the Adaptive Card input ids, so each appears next to its input.</summary>
public sealed class FieldNamesAreTheCardInputIds
{
    [Fact]
    public void ExtensionFieldsAreTheCreateExtensionInputs()
    {
        Assert.Equal(
            ["number", "firstName", "lastName", "email", "mobile", "department", "role", "require2fa", "did"],
            [ExtensionFields.Number, ExtensionFields.FirstName, ExtensionFields.LastName, ExtensionFields.Email, ExtensionFields.Mobile,
                ExtensionFields.Department, ExtensionFields.Role, ExtensionFields.Require2FA, ExtensionFields.Did]);
    }

    [Fact]
    public void DepartmentFieldsAreTheCreateDepartmentInputs()
    {
        Assert.Equal(["name", "language", "visible", "transcription", "members"],
            [DepartmentFields.Name, DepartmentFields.Language, DepartmentFields.Visible, DepartmentFields.Transcription, DepartmentFields.Members]);
    }

    [Fact]
    public void OfficeHoursFieldsNameTheDayTheBreakAndTheHoliday()
    {
        Assert.Equal("timeZone", OfficeHoursFields.TimeZone);
        Assert.Equal("hours", OfficeHoursFields.Hours);
        Assert.Equal("hours.monday", OfficeHoursFields.Day(DayOfWeek.Monday));
        Assert.Equal("hours.sunday", OfficeHoursFields.Day(DayOfWeek.Sunday));
        Assert.Equal("break.wednesday", OfficeHoursFields.Break(DayOfWeek.Wednesday));
        Assert.Equal("holiday.0", OfficeHoursFields.Holiday(0));
        Assert.Equal("holiday.12", OfficeHoursFields.Holiday(12));
    }

    [Fact]
    public void GrantFieldsAreTheGrantAccessInputs()
    {
        Assert.Equal(["userId", "role", "helpdesk", "departments"], [GrantFields.User, GrantFields.Role, GrantFields.Helpdesk, GrantFields.Departments]);
    }
}
