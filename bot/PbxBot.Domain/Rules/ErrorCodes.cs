namespace PbxBot.Domain.Rules;

/// <summary>
/// Every stable code the rules produce, errors and warnings alike. Codes never change once published: cards,
/// logs and a bulk import's report may key on them. Each has a French and an English message in <see cref="ErrorMessages"/>.
/// </summary>
public static class ErrorCodes
{
    // Extension number (seed 000, step 3).
    public const string NumberNotDigits = "extension.number.not_digits";
    public const string NumberWrongLength = "extension.number.wrong_length";
    public const string NumberOutOfRange = "extension.number.out_of_range";
    public const string NumberBlocked = "extension.number.blocked";
    public const string NumberReserved = "extension.number.reserved";
    public const string NumberUsed = "extension.number.used";
    public const string NumberNoneFree = "extension.number.none_free";

    // Extension identity (step 4).
    public const string FirstNameRequired = "extension.first_name.required";
    public const string FirstNameTooLong = "extension.first_name.too_long";
    public const string FirstNameInvalid = "extension.first_name.invalid";
    public const string LastNameRequired = "extension.last_name.required";
    public const string LastNameTooLong = "extension.last_name.too_long";
    public const string LastNameInvalid = "extension.last_name.invalid";
    public const string EmailMissing = "extension.email.missing";
    public const string EmailInvalid = "extension.email.invalid";
    public const string MobileInvalid = "extension.mobile.invalid";

    // Extension placement (steps 4 to 7).
    public const string DepartmentRequired = "extension.department.required";
    public const string DepartmentUnknown = "extension.department.unknown";
    public const string DepartmentNotAllowed = "extension.department.not_allowed";
    public const string RoleTooHigh = "extension.role.too_high";
    public const string TargetRoleNotBelow = "extension.target.role_not_below";
    public const string TargetOutsideDepartments = "extension.target.outside_departments";
    public const string Require2FAOn = "extension.require2fa.on";
    public const string DidUnknown = "extension.did.unknown";
    public const string DidTaken = "extension.did.taken";

    // Department (seed 001).
    public const string DepartmentNameRequired = "department.name.required";
    public const string DepartmentNameTooLong = "department.name.too_long";
    public const string DepartmentNameInvalid = "department.name.invalid";
    public const string DepartmentNameTaken = "department.name.taken";
    public const string DepartmentLanguageUnsupported = "department.language.unsupported";
    public const string DepartmentTranscriptionInvalid = "department.transcription.invalid";
    public const string MemberUnknown = "department.member.unknown";
    public const string MemberDuplicate = "department.member.duplicate";
    public const string MemberRoleTooHigh = "department.member.role_too_high";
    public const string MemberPrimary = "department.member.primary";
    public const string DepartmentHasMembers = "department.delete.has_members";
    public const string DepartmentIsDefault = "department.delete.default";

    // Office hours (seed 001, "Définir les horaires").
    public const string TimeZoneRequired = "officehours.timezone.required";
    public const string TimeZoneInvalid = "officehours.timezone.invalid";
    public const string NoOpenDay = "officehours.hours.no_open_day";
    public const string PeriodStartNotBeforeStop = "officehours.period.start_not_before_stop";
    public const string PeriodOverlap = "officehours.period.overlap";
    public const string BreakStartNotBeforeStop = "officehours.break.start_not_before_stop";
    public const string BreakOutsideHours = "officehours.break.outside_hours";
    public const string BreakOverlap = "officehours.break.overlap";
    public const string HolidayNameRequired = "officehours.holiday.name_required";
    public const string HolidayNameTooLong = "officehours.holiday.name_too_long";
    public const string HolidayEndBeforeStart = "officehours.holiday.end_before_start";
    public const string HolidayTooLong = "officehours.holiday.too_long";

    // Grants (who may use the bot, and for what).
    public const string GrantNotAllowed = "grant.not_allowed";
    public const string GrantUserRequired = "grant.user.required";
    public const string GrantSelf = "grant.user.self";
    public const string GrantPbxMismatch = "grant.pbx.mismatch";
    public const string GrantEmpty = "grant.empty";
    public const string GrantRoleTooHigh = "grant.role.too_high";
    public const string GrantDepartmentsRequired = "grant.departments.required";
    public const string GrantDepartmentUnknown = "grant.department.unknown";
    public const string GrantDepartmentNotAllowed = "grant.department.not_allowed";
    public const string GrantDepartmentsIgnored = "grant.departments.ignored";
}
