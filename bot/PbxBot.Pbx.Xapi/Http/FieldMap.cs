using PbxBot.Domain.Rules;

namespace PbxBot.Pbx.Xapi.Http;

/// <summary>
/// Which card input a property named by the PBX belongs to, so a refusal is shown under the field the operator can
/// correct. A target may be a path (<c>Groups[0].Rights.RoleName</c>, <c>user.EmailAddress</c>): its last known
/// segment decides.
/// </summary>
internal sealed class FieldMap(IReadOnlyDictionary<string, string> fields)
{
    public static readonly FieldMap Users = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Number"] = ExtensionFields.Number,
        ["FirstName"] = ExtensionFields.FirstName,
        ["LastName"] = ExtensionFields.LastName,
        ["EmailAddress"] = ExtensionFields.Email,
        ["Mobile"] = ExtensionFields.Mobile,
        ["OutboundCallerID"] = ExtensionFields.Did,
        ["Require2FA"] = ExtensionFields.Require2FA,
        ["Groups"] = ExtensionFields.Department,
        ["GroupId"] = ExtensionFields.Department,
        ["PrimaryGroupId"] = ExtensionFields.Department,
        ["Rights"] = ExtensionFields.Role,
        ["RoleName"] = ExtensionFields.Role,
    });

    public static readonly FieldMap Groups = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Name"] = DepartmentFields.Name,
        ["Language"] = DepartmentFields.Language,
        ["GloballyVisible"] = DepartmentFields.Visible,
        ["TranscriptionMode"] = DepartmentFields.Transcription,
        ["Hours"] = OfficeHoursFields.Hours,
        ["BreakTime"] = OfficeHoursFields.Hours,
        ["Periods"] = OfficeHoursFields.Hours,
        ["OfficeHolidays"] = OfficeHoursFields.Hours,
        ["TimeZoneId"] = OfficeHoursFields.TimeZone,
    });

    /// <summary>Nothing to map (reads, actions without fields).</summary>
    public static readonly FieldMap None = new(new Dictionary<string, string>());

    private static readonly char[] Separators = ['.', '/', '[', ']'];

    /// <summary>The card input id for <paramref name="target"/>, or null.</summary>
    public string? Field(string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return null;
        }
        var segments = target.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (fields.TryGetValue(segments[i], out var field))
            {
                return field;
            }
        }
        return null;
    }
}
