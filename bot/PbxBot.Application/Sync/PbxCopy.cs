using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;

namespace PbxBot.Application.Sync;

/// <summary>
/// What the store keeps of the PBX's users and groups: the PBX's values, plus what only PbxBot knows (when and by whom
/// an extension was created in PbxBot, its welcome-link credential), and the comparisons that tell whether anything
/// changed — records compare their lists by reference, so these compare them by content.
/// </summary>
internal static class PbxCopy
{
    /// <summary>The extension for <paramref name="user"/>; null when its number is not a plain extension number.</summary>
    public static Extension? ToExtension(PbxUser user, IReadOnlyDictionary<int, string> departmentOfGroup, string defaultDepartment,
        IReadOnlySet<string> didPool, Extension? stored)
    {
        if (user.Number.Length == 0 || !user.Number.All(char.IsAsciiDigit) || !int.TryParse(user.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return null;
        }
        var memberships = user.Groups
            .Where(g => departmentOfGroup.ContainsKey(g.GroupId))
            .Select(g => new Membership(departmentOfGroup[g.GroupId], g.Role))
            .DistinctBy(m => m.Department)
            .ToList();
        var primary = user.PrimaryGroupId is { } id && departmentOfGroup.TryGetValue(id, out var key) ? key
            : memberships.FirstOrDefault()?.Department ?? defaultDepartment;
        var role = memberships.FirstOrDefault(m => m.Department == primary)?.Role ?? Role.Users;
        if (memberships.All(m => m.Department != primary))
        {
            memberships.Add(new Membership(primary, role));
        }
        var basis = stored ?? new Extension { Number = user.Number, FirstName = "", LastName = "", Department = primary };
        return basis with
        {
            FirstName = user.FirstName?.Trim() ?? "",
            LastName = user.LastName?.Trim() ?? "",
            EmailAddress = Blank(user.EmailAddress),
            Mobile = Blank(user.Mobile),
            Department = primary,
            Role = role,
            Require2FA = user.Require2FA,
            Did = user.OutboundCallerId is { } callerId && didPool.Contains(callerId) ? callerId : null,
            PbxUserId = user.Id,
            Memberships = [.. memberships.OrderBy(m => m.Department, StringComparer.Ordinal)],
        };
    }

    public static Department ToDepartment(PbxGroup group, Department? stored) =>
        (stored ?? new Department { Key = DepartmentKey.From(group.Name), Name = group.Name }) with
        {
            // The key stays what it was: a department renamed in the console keeps its identity (and its members).
            Name = group.Name,
            Language = string.IsNullOrWhiteSpace(group.Language) ? PromptLanguages.Default : group.Language,
            GloballyVisible = group.GloballyVisible,
            TranscriptionMode = group.TranscriptionMode,
            IsDefault = group.IsDefault,
            OfficeHours = group.OfficeHours,
            PbxGroupId = group.Id,
            Members = [],
        };

    public static bool Same(Extension a, Extension b) =>
        a.Number == b.Number && a.FirstName == b.FirstName && a.LastName == b.LastName && a.EmailAddress == b.EmailAddress && a.Mobile == b.Mobile
        && a.Department == b.Department && a.Role == b.Role && a.Require2FA == b.Require2FA && a.Did == b.Did && a.PbxUserId == b.PbxUserId
        && a.AllMemberships().OrderBy(m => m.Department, StringComparer.Ordinal).SequenceEqual(b.AllMemberships().OrderBy(m => m.Department, StringComparer.Ordinal));

    public static bool Same(Department a, Department b) =>
        a.Key == b.Key && a.Name == b.Name && a.Language == b.Language && a.GloballyVisible == b.GloballyVisible && a.TranscriptionMode == b.TranscriptionMode
        && a.IsDefault == b.IsDefault && a.PbxGroupId == b.PbxGroupId && Same(a.OfficeHours, b.OfficeHours);

    private static bool Same(OfficeHours? a, OfficeHours? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.TimeZoneId == b.TimeZoneId && a.Hours.SequenceEqual(b.Hours) && a.BreakTime.SequenceEqual(b.BreakTime) && a.Holidays.SequenceEqual(b.Holidays);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
