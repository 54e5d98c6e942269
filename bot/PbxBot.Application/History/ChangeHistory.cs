using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.History;

/// <summary>A page of history asked for: of a target (what followed « historique de »), or the journal when none.</summary>
public sealed record HistoryRequest(string? Argument, int Page = 0, DateTimeOffset? AsOf = null);

/// <summary>The page's card, or why there is none to show (said politely, as the look-up says it).</summary>
public sealed record HistoryAnswer(AdaptiveCard? Card, string? Refusal);

/// <summary>
/// Reads the audit entries of a target (or of the whole PBX, for the journal), keeps only those the operator may see
/// (<see cref="Permissions.CanSeeChange"/>), and shows them a page at a time, newest first.
/// </summary>
/// <remarks>
/// Paging reads the newest <see cref="TargetDepth"/> (or <see cref="JournalDepth"/>) entries in one query and pages in
/// memory, rather than a store cursor: both stores answer it as they are (the Cosmos test server has no OFFSET/LIMIT),
/// the permission filter must run before paging anyway (a department admin's page 2 is their 11th–20th visible entry,
/// not the PBX's), and a history is short. Pages are anchored at the newest entry of the first page (<c>asOf</c>), so a
/// change made meanwhile never shifts page 2 under the operator's eyes.
/// </remarks>
public sealed class ChangeHistory(IPbxStore store, PbxRepository repository, ChangeTargets targets, PbxChangeCards changeCards)
{
    public const int PageSize = 10;
    public const int TargetDepth = 200;
    public const int JournalDepth = 500;
    public const string KeyArgument = "argument";
    public const string KeyAsOf = "asOf";
    public const string KeyTimeZone = "timeZone";

    public async Task<HistoryAnswer> ShowAsync(IReadOnlyList<Operator> viewers, HistoryRequest request, CardContext cards, TimeZoneInfo? zone, CancellationToken ct)
    {
        var language = cards.Language;
        var visible = new List<AuditEntry>();
        string title;
        string empty;
        if (string.IsNullOrWhiteSpace(request.Argument))
        {
            foreach (var op in viewers)
            {
                var todays = TodaysDepartments(op.PbxId, ct);
                foreach (var entry in await repository.ListAuditAsync(op.PbxId, JournalDepth, ct))
                {
                    if (await MaySeeAsync(op, entry, todays))
                    {
                        visible.Add(entry);
                    }
                }
            }
            title = HistoryTexts.JournalTitle.In(language);
            empty = HistoryTexts.JournalEmpty.In(language);
        }
        else
        {
            ChangeTarget? shown = null;
            string? refusal = null;
            var hidden = 0;
            foreach (var op in viewers)
            {
                var (target, several) = await targets.FindAsync(op.PbxId, request.Argument, ct);
                if (target is null)
                {
                    if (several.Count > 1)
                    {
                        refusal ??= HistoryTexts.Several.Format(language, request.Argument, string.Join(", ", several.Select(e => $"{e.Number} {e.DisplayName}")), several[0].Number);
                    }
                    continue;
                }
                if (await TodaysRefusalAsync(op, target, language, ct) is { } why)
                {
                    refusal ??= why;
                    continue;
                }
                shown ??= target;
                var todays = TodaysDepartments(op.PbxId, ct);
                foreach (var entry in await EntriesOfAsync(op.PbxId, target.Target, ct))
                {
                    if (await MaySeeAsync(op, entry, todays))
                    {
                        visible.Add(entry);
                    }
                    else
                    {
                        hidden++;
                    }
                }
            }
            if (visible.Count == 0)
            {
                if (refusal is not null)
                {
                    return new HistoryAnswer(null, refusal);
                }
                if (shown is null)
                {
                    return new HistoryAnswer(null, HistoryTexts.NotFound.Format(language, request.Argument));
                }
                if (hidden > 0)
                {
                    return new HistoryAnswer(null, HistoryTexts.NotYoursGone.Format(language, shown.Name));
                }
            }
            var name = shown?.Name ?? request.Argument;
            title = HistoryTexts.TargetTitle.Format(language, name);
            empty = HistoryTexts.Empty.Format(language, name);
        }
        return new HistoryAnswer(await PageAsync(visible, request, title, empty, cards, zone, ct), null);
    }

    private async Task<AdaptiveCard> PageAsync(List<AuditEntry> visible, HistoryRequest request, string title, string empty, CardContext cards, TimeZoneInfo? zone,
        CancellationToken ct)
    {
        var entries = visible
            .Where(e => request.AsOf is not { } asOf || e.At <= asOf)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        var lastPage = Math.Max(0, (entries.Length - 1) / PageSize);
        var page = Math.Clamp(request.Page, 0, lastPage);
        var shown = entries.Skip(page * PageSize).Take(PageSize).ToArray();
        var words = new Dictionary<string, ChangeWords>(StringComparer.Ordinal);
        var items = new List<HistoryItem>();
        foreach (var entry in shown)
        {
            if (!words.TryGetValue(entry.PbxId, out var w))
            {
                var names = await MemberNamesAsync(entry.PbxId, shown.Where(e => e.PbxId == entry.PbxId), ct);
                w = new ChangeWords(cards.Language, zone ?? TimeZoneInfo.Utc, await repository.ListDepartmentsAsync(entry.PbxId, ct), n => names.GetValueOrDefault(n, ""));
                words[entry.PbxId] = w;
            }
            items.Add(w.Describe(entry, withTarget: string.IsNullOrWhiteSpace(request.Argument)));
        }
        // The first page's newest entry anchors the next pages (see the remarks).
        var data = new JsonObject { [KeyAsOf] = (request.AsOf ?? entries.FirstOrDefault()?.At ?? DateTimeOffset.MaxValue).ToString("O", CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(request.Argument))
        {
            data[KeyArgument] = request.Argument;
        }
        if (zone is not null)
        {
            data[KeyTimeZone] = zone.Id;
        }
        var times = zone is null ? HistoryTexts.TimesInUtc.In(cards.Language) : HistoryTexts.TimesIn.Format(cards.Language, zone.Id);
        return HistoryCards.Page(cards, new HistoryView(title, times, items, page, entries.Length > (page + 1) * PageSize, page > 0, data) { EmptyText = empty });
    }

    private async Task<IReadOnlyList<AuditEntry>> EntriesOfAsync(string pbxId, string target, CancellationToken ct) =>
        (await store.QueryAsync<AuditEntry>(pbxId, new DocumentQuery(DocumentKinds.Audit) { Parent = target, Max = TargetDepth, NewestFirst = true }, ct))
            .Select(a => a.Value).ToArray();

    /// <summary>The target as it is today must be the operator's to see, as the look-up says it: else the same polite refusal.</summary>
    private async Task<string?> TodaysRefusalAsync(Operator op, ChangeTarget target, Language language, CancellationToken ct)
    {
        if (target.Target.StartsWith(ChangeSubjects.ExtensionPrefix, StringComparison.Ordinal)
            && await repository.GetExtensionAsync(op.PbxId, target.Target[ChangeSubjects.ExtensionPrefix.Length..], ct) is { } extension)
        {
            var departments = extension.Value.AllMemberships().Select(m => m.Department).ToArray();
            if (!op.CanSeeChange(new ChangeSubject(ChangeSubjectKind.Extension, departments)))
            {
                var primary = (await repository.GetDepartmentAsync(op.PbxId, extension.Value.Department, ct))?.Value.Name ?? extension.Value.Department;
                return HistoryTexts.NotYours.Format(language, $"{extension.Value.DisplayName} ({extension.Value.Number})", primary);
            }
        }
        if (target.Target.StartsWith(ChangeSubjects.DepartmentPrefix, StringComparison.Ordinal)
            && !op.CanSeeChange(new ChangeSubject(ChangeSubjectKind.Department, [target.Target[ChangeSubjects.DepartmentPrefix.Length..]])))
        {
            return HistoryTexts.DepartmentNotYours.Format(language, target.Name);
        }
        return null;
    }

    private static async Task<bool> MaySeeAsync(Operator op, AuditEntry entry, Func<string, Task<IReadOnlyCollection<string>>> todaysDepartments) =>
        (op.Role is { } role && role.IsSystemRole()) || op.CanSeeChange(await ChangeSubjects.OfAsync(entry, todaysDepartments));

    /// <summary>An extension's departments today, read once per number (for entries that recorded no snapshot).</summary>
    private Func<string, Task<IReadOnlyCollection<string>>> TodaysDepartments(string pbxId, CancellationToken ct)
    {
        var known = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        return async number =>
        {
            if (!known.TryGetValue(number, out var departments))
            {
                departments = (await repository.GetExtensionAsync(pbxId, number, ct))?.Value.AllMemberships().Select(m => m.Department).ToArray() ?? [];
                known[number] = departments;
            }
            return departments;
        };
    }

    /// <summary>The names of the members who joined or left a department on this page (a department's snapshot keeps numbers only).</summary>
    private async Task<Dictionary<string, string>> MemberNamesAsync(string pbxId, IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Target.StartsWith(ChangeSubjects.DepartmentPrefix, StringComparison.Ordinal)))
        {
            var before = ChangeSubjects.Read<Department>(entry.Before);
            var after = ChangeSubjects.Read<Department>(entry.After);
            if (before is null && after is null)
            {
                continue;
            }
            var key = (before ?? after)!.Key;
            foreach (var (number, name) in await changeCards.MemberNamesAsync(pbxId, before ?? new Department { Key = key, Name = "" }, after ?? new Department { Key = key, Name = "" }, ct))
            {
                names[number] = name;
            }
        }
        return names;
    }
}
