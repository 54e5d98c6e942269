using System.Globalization;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Undo;

/// <summary>
/// Which change « annuler la dernière modification » means: the operator's own latest change not undone yet — or,
/// with a target (« … de 105 »), that target's latest change, which an admin may revert when its author's role is below
/// theirs. It must still be the target's latest: a later change (by anyone, or on the 3CX console) is undone first; a
/// change still on its way to the PBX, or waiting for Retry/Discard, is settled first.
/// </summary>
public sealed class UndoPlanner(IPbxStore store, PbxRepository repository, ChangeTargets targets)
{
    /// <summary>How far back "my last change" looks.</summary>
    public const int RecentEntries = 500;

    /// <returns>The change to revert, or why there is none to revert.</returns>
    public async Task<(UndoableChange? Change, string? Refusal)> FindAsync(Operator op, string? argument, Language language, CancellationToken ct)
    {
        AuditEntry? candidate;
        if (string.IsNullOrWhiteSpace(argument))
        {
            var recent = await repository.ListAuditAsync(op.PbxId, RecentEntries, ct);
            var undone = recent.Where(a => a.Undoes is not null).Select(a => a.Undoes!).ToHashSet(StringComparer.Ordinal);
            candidate = recent.FirstOrDefault(a => a.ActorId == op.UserId && UndoableActions.Contains(a.Action) && !undone.Contains(a.Id));
            if (candidate is null)
            {
                return (null, UndoTexts.NothingOfYours.In(language));
            }
        }
        else
        {
            var target = (await targets.FindAsync(op.PbxId, argument, ct)).Target?.Target;
            var entries = target is null ? [] : await EntriesOfAsync(op.PbxId, target, ct);
            var undone = entries.Where(a => a.Undoes is not null).Select(a => a.Undoes!).ToHashSet(StringComparer.Ordinal);
            candidate = entries.FirstOrDefault(a => UndoableActions.Contains(a.Action) && !undone.Contains(a.Id));
            if (candidate is null)
            {
                return (null, UndoTexts.NothingOnTarget.Format(language, argument));
            }
        }
        var name = await NameOfAsync(op.PbxId, candidate, ct);
        if (await RefusalAsync(op, candidate, name, language, ct) is { } refusal)
        {
            return (null, refusal);
        }
        return (new UndoableChange(candidate, name), null);
    }

    /// <summary>Whether the entry may be reverted by this operator now; why not, otherwise.</summary>
    private async Task<string?> RefusalAsync(Operator op, AuditEntry candidate, string name, Language language, CancellationToken ct)
    {
        if (candidate.ActorId != op.UserId && !await OutranksAsync(op, candidate.ActorId, ct))
        {
            return UndoTexts.NotBelowYou.Format(language, candidate.ActorName);
        }
        var entries = await EntriesOfAsync(op.PbxId, candidate.Target, ct);
        var undone = entries.Where(a => a.Undoes is not null).Select(a => a.Undoes!).ToHashSet(StringComparer.Ordinal);
        // Later entries that still stand: the target is no longer as this change left it.
        var later = entries.Where(a => IsLater(a, candidate) && a.Undoes is null && !undone.Contains(a.Id) && !IsNeutral(a)).LastOrDefault();
        // Bringing back what was deleted needs its number (or name) free: the reversal's rules say whose it is now.
        var bringsBack = candidate.Action is PbxChangeCards.ExtensionDeleted or PbxChangeCards.DepartmentDeleted;
        if (later is not null && !bringsBack)
        {
            return later.ActorId == AuditEntries.SyncActorId
                ? UndoTexts.FromTheConsole.Format(language, name)
                : UndoTexts.ChangedSince.Format(language, name, later.ActorName, When(later.At, language));
        }
        var pending = await store.QueryAsync<PbxChange>(op.PbxId, new DocumentQuery(PbxChangeDocument.Kind) { Parent = candidate.Target, Max = 100 }, ct);
        if (pending.Any(c => c.Value.IsOpen))
        {
            return UndoTexts.StillOnItsWay.Format(language, name);
        }
        if (pending.Any(c => c.Value.AwaitsOperator))
        {
            return UndoTexts.AwaitsDecision.Format(language, name);
        }
        return null;
    }

    /// <summary>Entries that change nothing of the target (a welcome e-mail sent again).</summary>
    private static bool IsNeutral(AuditEntry a) => a.Action is Mail.WelcomeEmailService.ResentAction;

    private static bool IsLater(AuditEntry a, AuditEntry than) =>
        a.At > than.At || (a.At == than.At && string.CompareOrdinal(a.Id, than.Id) > 0);

    /// <summary>Whether the operator's role is above the role the author has on this PBX (an author without a grant counts as an owner).</summary>
    private async Task<bool> OutranksAsync(Operator op, string authorId, CancellationToken ct)
    {
        if (op.Role is not { } own || authorId == AuditEntries.SyncActorId)
        {
            return false;
        }
        var grant = await repository.GetGrantAsync(op.PbxId, authorId, ct);
        var authorRole = grant?.Value.Role ?? Role.SystemOwners;
        return own.CanAssign(authorRole);
    }

    private async Task<IReadOnlyList<AuditEntry>> EntriesOfAsync(string pbxId, string target, CancellationToken ct) =>
        (await store.QueryAsync<AuditEntry>(pbxId, new DocumentQuery(DocumentKinds.Audit) { Parent = target, Max = 200, NewestFirst = true }, ct))
            .Select(a => a.Value).OrderByDescending(a => a.At).ThenByDescending(a => a.Id, StringComparer.Ordinal).ToArray();

    private async Task<string> NameOfAsync(string pbxId, AuditEntry entry, CancellationToken ct)
    {
        if (entry.Target.StartsWith("extension:", StringComparison.Ordinal))
        {
            var number = entry.Target["extension:".Length..];
            var name = (await repository.GetExtensionAsync(pbxId, number, ct))?.Value.DisplayName
                ?? (PbxChangeCards.Read<Extension>(entry.Before ?? entry.After))?.DisplayName;
            return string.IsNullOrWhiteSpace(name) ? number : $"{number} {name}";
        }
        if (entry.Target.StartsWith("department:", StringComparison.Ordinal))
        {
            var key = entry.Target["department:".Length..];
            return (await repository.GetDepartmentAsync(pbxId, key, ct))?.Value.Name
                ?? (entry.Action == PbxChangeCards.OfficeHoursSaved ? null : PbxChangeCards.Read<Department>(entry.Before ?? entry.After)?.Name)
                ?? key;
        }
        return entry.Target;
    }

    internal static string When(DateTimeOffset at, Language language) =>
        at.ToString(language == Language.English ? "yyyy-MM-dd HH:mm 'UTC'" : "dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
