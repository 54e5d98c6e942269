using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Wizards.Common;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.History;

/// <summary>
/// One audit entry as the history shows it: when, who, what, and only the fields that differ between its before and
/// after snapshots — an extension's and a department's through the reviews' own diffs, office hours day by day, and
/// anything else (requests, grants, syncs) by the few properties <see cref="PropertyLabels"/> names. Only named fields are
/// shown, so nothing secret ever is, even if a snapshot carried it.
/// </summary>
internal sealed class ChangeWords(Language language, TimeZoneInfo zone, IReadOnlyList<Department> departments, Func<string, string> memberName)
{
    public HistoryItem Describe(AuditEntry entry, bool withTarget) => new(
        When(entry.At),
        entry.ActorName,
        ActionWords.Of(entry.Action).In(language),
        withTarget ? TargetName(entry) : null,
        Changes(entry).Select(c => c with { Before = Blank(c.Before), After = Blank(c.After) }).Where(c => c.Before != c.After).ToArray());

    public string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(language == Language.English ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>« 105 Marie Curie », « Ventes », « R-D01CB4 »: what the entry is about, from what it recorded.</summary>
    public string TargetName(AuditEntry entry)
    {
        var target = entry.Target;
        if (target.StartsWith(ChangeSubjects.ExtensionPrefix, StringComparison.Ordinal))
        {
            var number = target[ChangeSubjects.ExtensionPrefix.Length..];
            var name = (ChangeSubjects.Read<Extension>(entry.After) ?? ChangeSubjects.Read<Extension>(entry.Before))?.DisplayName;
            return string.IsNullOrWhiteSpace(name) ? number : $"{number} {name}";
        }
        if (target.StartsWith(ChangeSubjects.DepartmentPrefix, StringComparison.Ordinal))
        {
            var key = target[ChangeSubjects.DepartmentPrefix.Length..];
            return (ChangeSubjects.Read<Department>(entry.After) ?? ChangeSubjects.Read<Department>(entry.Before))?.Name ?? DepartmentName(key);
        }
        if (target.StartsWith(ChangeSubjects.RequestPrefix, StringComparison.Ordinal))
        {
            return (ChangeSubjects.Read<ExtensionRequest>(entry.After) ?? ChangeSubjects.Read<ExtensionRequest>(entry.Before))?.Reference ?? target;
        }
        if (target.StartsWith("grant:", StringComparison.Ordinal))
        {
            return (ChangeSubjects.Read<Grant>(entry.After) ?? ChangeSubjects.Read<Grant>(entry.Before))?.DisplayName ?? target["grant:".Length..];
        }
        return target;
    }

    private IEnumerable<FieldChange> Changes(AuditEntry entry)
    {
        var extensionTarget = entry.Target.StartsWith(ChangeSubjects.ExtensionPrefix, StringComparison.Ordinal);
        if (extensionTarget && (entry.Before is not null || entry.After is not null))
        {
            var before = ChangeSubjects.Read<Extension>(entry.Before);
            var after = ChangeSubjects.Read<Extension>(entry.After);
            if (before is not null || after is not null)
            {
                var number = (before ?? after)!.Number;
                return ExtensionDiff.Of(before ?? NoExtension(number), after ?? NoExtension(number), departments, language);
            }
        }
        if (entry.Target.StartsWith(ChangeSubjects.DepartmentPrefix, StringComparison.Ordinal))
        {
            var before = ChangeSubjects.Read<Department>(entry.Before);
            var after = ChangeSubjects.Read<Department>(entry.After);
            if (before is not null || after is not null)
            {
                var key = (before ?? after)!.Key;
                return DepartmentDiff.Of(before ?? NoDepartment(key), after ?? NoDepartment(key), memberName, language);
            }
            var hoursBefore = ChangeSubjects.Read<OfficeHours>(entry.Before);
            var hoursAfter = ChangeSubjects.Read<OfficeHours>(entry.After);
            if (hoursBefore is not null || hoursAfter is not null)
            {
                return OfficeHoursChanges(hoursBefore, hoursAfter);
            }
        }
        return PropertyChanges(entry.Before, entry.After);
    }

    private IEnumerable<FieldChange> OfficeHoursChanges(OfficeHours? before, OfficeHours? after)
    {
        var culture = CultureInfo.GetCultureInfo(language == Language.English ? "en-US" : "fr-FR");
        var closed = language == Language.English ? "closed" : "fermé";
        string? Day(OfficeHours? hours, DayOfWeek day)
        {
            if (hours is null)
            {
                return null;
            }
            var open = hours.Hours.Where(p => p.DayOfWeek == day).OrderBy(p => p.Start).Select(Span).ToArray();
            var breaks = hours.BreakTime.Where(p => p.DayOfWeek == day).OrderBy(p => p.Start).Select(Span).ToArray();
            var pause = language == Language.English ? "break" : "pause";
            return open.Length == 0 ? closed : string.Join(", ", open) + (breaks.Length == 0 ? "" : $" ({pause} {string.Join(", ", breaks)})");
        }
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday })
        {
            var name = culture.DateTimeFormat.GetDayName(day);
            yield return new FieldChange(char.ToUpperInvariant(name[0]) + name[1..], Day(before, day), Day(after, day));
        }
        yield return new FieldChange(FieldLabels.Of(OfficeHoursFields.TimeZone, language) ?? "TimeZone", before?.TimeZoneId, after?.TimeZoneId);
        string? Holidays(OfficeHours? hours) => hours is null || hours.Holidays.Count == 0 ? null
            : string.Join("; ", hours.Holidays.Select(h => h.Start == h.End ? $"{h.Name} {h.Start:yyyy-MM-dd}" : $"{h.Name} {h.Start:yyyy-MM-dd} → {h.End:yyyy-MM-dd}"));
        yield return new FieldChange(language == Language.English ? "Holidays" : "Jours fériés", Holidays(before), Holidays(after));
    }

    private static string Span(Period p) => $"{p.Start:HH\\:mm}–{p.Stop:HH\\:mm}";

    /// <summary>Requests, grants, a sync's summary: each labelled property that differs (<see cref="PropertyLabels"/>).</summary>
    private IEnumerable<FieldChange> PropertyChanges(string? before, string? after)
    {
        var was = Parse(before);
        var now = Parse(after);
        foreach (var name in was.Keys.Concat(now.Keys).Distinct(StringComparer.Ordinal))
        {
            if (PropertyLabels.Of(name, language) is { } label)
            {
                yield return new FieldChange(label, PropertyLabels.Value(name, was.GetValueOrDefault(name), language), PropertyLabels.Value(name, now.GetValueOrDefault(name), language));
            }
        }
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        JsonNode? node;
        try
        {
            node = json is null ? null : JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return values;
        }
        if (node is JsonObject o)
        {
            foreach (var (name, value) in o)
            {
                // Plain values and lists of them (a grant's departments); nested objects (a request's draft) are its own card's business.
                values[name] = value switch
                {
                    JsonValue v => v.ToString(),
                    JsonArray a when a.All(i => i is JsonValue) => string.Join(", ", a.Select(i => i!.ToString())),
                    _ => null,
                };
            }
        }
        return values;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private string DepartmentName(string key) => departments.FirstOrDefault(d => d.Key == key)?.Name ?? key;

    private static Extension NoExtension(string number) => new() { Number = number, FirstName = "", LastName = "", Department = "" };

    private static Department NoDepartment(string key) => new() { Key = key, Name = "" };
}
