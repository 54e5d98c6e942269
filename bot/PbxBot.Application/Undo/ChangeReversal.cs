using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Undo;

/// <summary>
/// Reverting one audited change: its inverse (a creation deleted, a deletion created again, a modification's fields set
/// back), checked by the same rules as any change with the operator's rights on today's data, saved with a
/// <c>change.undone</c> audit entry in the same commit, and sent to the PBX through the same queue. When the rules now
/// refuse (the number was taken again, the DID given to someone else, a role now above the operator's), it says why.
/// </summary>
public sealed class ChangeReversal(
    PbxRepository repository,
    RulesService rules,
    PbxChangeQueue changes,
    PbxChangeCards cards,
    ExtensionCreation creation,
    TimeProvider time)
{
    public async Task<Reverting> PrepareAsync(UndoableChange undoable, Operator op, Language language, CancellationToken ct)
    {
        var entry = undoable.Entry;
        var snapshot = await repository.LoadSnapshotAsync(op.PbxId, ct);
        return entry.Action switch
        {
            PbxChangeCards.ExtensionCreated when PbxChangeCards.Read<Extension>(entry.After) is { } e => await DeleteCreatedExtensionAsync(undoable, e, snapshot, op, language, ct),
            PbxChangeCards.ExtensionDeleted when PbxChangeCards.Read<Extension>(entry.Before) is { } e => await RecreateExtensionAsync(undoable, e, op, language, ct),
            PbxChangeCards.ExtensionUpdated or PbxChangeCards.PrimaryDepartmentSet
                when PbxChangeCards.Read<Extension>(entry.Before) is { } before && PbxChangeCards.Read<Extension>(entry.After) is { } after =>
                await RestoreExtensionAsync(undoable, before, after, snapshot, op, language, ct),
            PbxChangeCards.DepartmentCreated when PbxChangeCards.Read<Department>(entry.After) is { } d => await DeleteCreatedDepartmentAsync(undoable, d, op, language, ct),
            PbxChangeCards.DepartmentDeleted when PbxChangeCards.Read<Department>(entry.Before) is { } d => RecreateDepartment(undoable, d, snapshot, op, language),
            PbxChangeCards.DepartmentUpdated when PbxChangeCards.Read<Department>(entry.Before) is { } before && PbxChangeCards.Read<Department>(entry.After) is { } after =>
                await RestoreDepartmentAsync(undoable, before, after, snapshot, op, language, ct),
            PbxChangeCards.OfficeHoursSaved => await RestoreOfficeHoursAsync(undoable, PbxChangeCards.Read<OfficeHours>(entry.Before), op, language, ct),
            _ => Reverting.Refused(UndoTexts.NotUndoable.Format(language, undoable.TargetName, entry.Action)),
        };
    }

    private async Task<Reverting> DeleteCreatedExtensionAsync(UndoableChange u, Extension created, PbxSnapshot snapshot, Operator op, Language language, CancellationToken ct)
    {
        if (await repository.GetExtensionAsync(op.PbxId, created.Number, ct) is not { } current)
        {
            return Reverting.Refused(UndoTexts.Gone.Format(language, u.TargetName));
        }
        if (rules.CheckMayTouch(current.Value, snapshot, op) is [var refusal, ..])
        {
            return Refused(u, language, refusal.Message.In(language));
        }
        return new Reverting
        {
            Headline = UndoTexts.WillDelete.Format(language, u.TargetName),
            ApplyAsync = async (origin, token) =>
            {
                var before = Redacted(current.Value);
                var order = changes.Order(op, PbxChangeKind.DeleteExtension, u.Entry.Target, PbxChangeCards.ExtensionDeleted, before, null, origin);
                // As a deletion: the extension stays until the PBX has deleted the user.
                await CommitAsync(order, origin, [PbxRepository.AuditChange(Audit(op, u, before, null))], token);
                return order.Change;
            },
        };
    }

    private async Task<Reverting> RecreateExtensionAsync(UndoableChange u, Extension deleted, Operator op, Language language, CancellationToken ct)
    {
        if (await repository.GetExtensionAsync(op.PbxId, deleted.Number, ct) is { } taken)
        {
            return Refused(u, language, UndoTexts.NumberTakenAgain.Format(language, deleted.Number, taken.Value.DisplayName));
        }
        var draft = new ExtensionDraft
        {
            Number = deleted.Number,
            FirstName = deleted.FirstName,
            LastName = deleted.LastName,
            EmailAddress = deleted.EmailAddress,
            Mobile = deleted.Mobile,
            Department = deleted.Department,
            Role = deleted.Role,
            Require2FA = deleted.Require2FA,
            Did = deleted.Did,
        };
        var validation = rules.ValidateExtension(draft, await repository.LoadSnapshotAsync(op.PbxId, ct), op, time.GetUtcNow());
        if (!validation.IsValid)
        {
            return Refused(u, language, string.Join(" ", validation.Errors.Select(e => e.Message.In(language))));
        }
        return new Reverting
        {
            Headline = UndoTexts.WillRecreate.Format(language, u.TargetName),
            ApplyAsync = async (origin, token) =>
            {
                var result = await creation.CreateAsync(draft, op, origin, null, token, a => a with { Action = UndoableActions.Undone, Undoes = u.Entry.Id });
                return result switch
                {
                    CreationResult.Created created => created.Change,
                    CreationResult.NumberTaken n => throw new UndoRefusedException(UndoTexts.NumberTakenAgain.Format(language, n.Number, "?")),
                    CreationResult.DidTaken d => throw new UndoRefusedException(UndoTexts.DidTakenSince.Format(language, d.Did)),
                    CreationResult.Invalid i => throw new UndoRefusedException(string.Join(" ", i.Validation.Errors.Select(e => e.Message.In(language)))),
                    _ => throw new InvalidOperationException("Unknown creation result."),
                };
            },
        };
    }

    private async Task<Reverting> RestoreExtensionAsync(UndoableChange u, Extension before, Extension after, PbxSnapshot snapshot, Operator op, Language language, CancellationToken ct)
    {
        if (await repository.GetExtensionAsync(op.PbxId, before.Number, ct) is not { } current)
        {
            return Reverting.Refused(UndoTexts.Gone.Format(language, u.TargetName));
        }
        var draft = new ExtensionDraft
        {
            Number = current.Value.Number,
            FirstName = before.FirstName,
            LastName = before.LastName,
            EmailAddress = before.EmailAddress,
            Mobile = before.Mobile,
            Department = before.Department,
            Role = before.Role,
            Require2FA = before.Require2FA,
            Did = before.Did,
        };
        var validation = rules.ValidateExtensionChange(draft, current.Value, snapshot, op, time.GetUtcNow());
        if (!validation.IsValid || validation.Value is not { } valid)
        {
            return Refused(u, language, string.Join(" ", validation.Errors.Select(e => e.Message.In(language))));
        }
        var restored = current.Value with
        {
            FirstName = valid.FirstName,
            LastName = valid.LastName,
            EmailAddress = valid.EmailAddress,
            Mobile = valid.Mobile,
            Require2FA = valid.Require2FA,
            Did = valid.Did,
            Department = before.Department,
            Role = before.Role,
            Memberships = MembershipsWithout(current.Value, before, after),
        };
        var diff = ExtensionDiff.Of(current.Value, restored, snapshot.Departments, language);
        return new Reverting
        {
            Headline = UndoTexts.WillRestore.Format(language, u.TargetName),
            Changes = diff,
            ApplyAsync = async (origin, token) =>
            {
                var order = changes.Order(op, PbxChangeKind.UpdateExtension, u.Entry.Target, PbxChangeCards.ExtensionUpdated, current.Value, restored, origin);
                var writes = await repository.ExtensionUpdateChangesAsync(op.PbxId, current, restored, token);
                writes.Add(PbxRepository.AuditChange(Audit(op, u, Redacted(current.Value), Redacted(restored))));
                await CommitAsync(order, origin, writes, token);
                return order.Change;
            },
        };
    }

    private async Task<Reverting> DeleteCreatedDepartmentAsync(UndoableChange u, Department created, Operator op, Language language, CancellationToken ct)
    {
        if (await repository.GetDepartmentAsync(op.PbxId, created.Key, ct) is not { } current)
        {
            return Reverting.Refused(UndoTexts.Gone.Format(language, u.TargetName));
        }
        if (!op.CanDeleteDepartment())
        {
            return Refused(u, language, UndoTexts.NotBelowYou.Format(language, u.Entry.ActorName));
        }
        if (rules.CheckDepartmentDeletion(current.Value) is [var refusal, ..])
        {
            return Refused(u, language, refusal.Message.In(language));
        }
        return new Reverting
        {
            Headline = UndoTexts.WillDelete.Format(language, u.TargetName),
            ApplyAsync = async (origin, token) =>
            {
                var order = changes.Order(op, PbxChangeKind.DeleteDepartment, u.Entry.Target, PbxChangeCards.DepartmentDeleted, current.Value, null, origin);
                await CommitAsync(order, origin, [PbxRepository.AuditChange(Audit(op, u, current.Value, null))], token);
                return order.Change;
            },
        };
    }

    private Reverting RecreateDepartment(UndoableChange u, Department deleted, PbxSnapshot snapshot, Operator op, Language language)
    {
        var draft = new DepartmentDraft { Name = deleted.Name, Language = deleted.Language, GloballyVisible = deleted.GloballyVisible, TranscriptionMode = deleted.TranscriptionMode };
        var validation = rules.ValidateDepartment(draft, snapshot, op);
        if (!op.CanCreateDepartment())
        {
            return Refused(u, language, UndoTexts.NotBelowYou.Format(language, u.Entry.ActorName));
        }
        if (!validation.IsValid || validation.Value is null)
        {
            return Refused(u, language, string.Join(" ", validation.Errors.Select(e => e.Message.In(language))));
        }
        // Its old key (ids of documents that mention it), its settings and office hours; no members (it had none).
        var department = deleted with { Members = [], PbxGroupId = null, IsDefault = false };
        return new Reverting
        {
            Headline = UndoTexts.WillRecreate.Format(language, u.TargetName),
            ApplyAsync = async (origin, token) =>
            {
                var order = changes.Order(op, PbxChangeKind.CreateDepartment, u.Entry.Target, PbxChangeCards.DepartmentCreated, null, department, origin);
                try
                {
                    await repository.CreateDepartmentAsync(department, Audit(op, u, null, department), token, order.Commit);
                    changes.Committed(order, origin);
                }
                catch (DepartmentExistsException)
                {
                    changes.Abandoned(order);
                    throw new UndoRefusedException(Wizards.CreateDepartment.CreateDepartmentText.Exists.Format(language, department.Name));
                }
                catch
                {
                    changes.Abandoned(order);
                    throw;
                }
                return order.Change;
            },
        };
    }

    private async Task<Reverting> RestoreDepartmentAsync(UndoableChange u, Department before, Department after, PbxSnapshot snapshot, Operator op, Language language,
        CancellationToken ct)
    {
        if (await repository.GetDepartmentAsync(op.PbxId, before.Key, ct) is not { } current)
        {
            return Reverting.Refused(UndoTexts.Gone.Format(language, u.TargetName));
        }
        if (!op.CanEditDepartment(current.Value.Key))
        {
            return Refused(u, language, UndoTexts.NotBelowYou.Format(language, u.Entry.ActorName));
        }
        var members = PbxChangeActions.MembersWithout(current.Value, before, after);
        var draft = new DepartmentDraft
        {
            Name = before.Name,
            Language = before.Language,
            GloballyVisible = before.GloballyVisible,
            TranscriptionMode = before.TranscriptionMode,
            Members = members,
        };
        var primary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in current.Value.Members)
        {
            if ((await repository.GetExtensionAsync(op.PbxId, m.Number, ct))?.Value.Department == current.Value.Key)
            {
                primary.Add(m.Number);
            }
        }
        var validation = rules.ValidateDepartmentChange(draft, current.Value, primary, snapshot, op);
        if (!validation.IsValid || validation.Value is not { } restored)
        {
            return Refused(u, language, string.Join(" ", validation.Errors.Select(e => e.Message.In(language)).Distinct()));
        }
        var names = await cards.MemberNamesAsync(op.PbxId, current.Value, restored, ct);
        return new Reverting
        {
            Headline = UndoTexts.WillRestore.Format(language, u.TargetName),
            Changes = DepartmentDiff.Of(current.Value, restored, n => names.GetValueOrDefault(n, ""), language),
            ApplyAsync = async (origin, token) =>
            {
                var order = changes.Order(op, PbxChangeKind.UpdateDepartment, u.Entry.Target, PbxChangeCards.DepartmentUpdated, current.Value, restored, origin);
                var writes = await repository.DepartmentUpdateChangesAsync(op.PbxId, current, restored, token);
                writes.Add(PbxRepository.AuditChange(Audit(op, u, current.Value, restored)));
                await CommitAsync(order, origin, writes, token);
                return order.Change;
            },
        };
    }

    private async Task<Reverting> RestoreOfficeHoursAsync(UndoableChange u, OfficeHours? before, Operator op, Language language, CancellationToken ct)
    {
        var key = u.Entry.Target["department:".Length..];
        if (await repository.GetDepartmentAsync(op.PbxId, key, ct) is not { } current)
        {
            return Reverting.Refused(UndoTexts.Gone.Format(language, u.TargetName));
        }
        if (!op.CanEditOfficeHours(key))
        {
            return Refused(u, language, UndoTexts.NotBelowYou.Format(language, u.Entry.ActorName));
        }
        if (before is null)
        {
            return Refused(u, language, UndoTexts.NoHoursBefore.Format(language, current.Value.Name));
        }
        var restored = current.Value with { Members = [], OfficeHours = before };
        return new Reverting
        {
            Headline = UndoTexts.WillRestoreHours.Format(language, u.TargetName),
            ApplyAsync = async (origin, token) =>
            {
                var order = changes.Order(op, PbxChangeKind.UpdateDepartment, u.Entry.Target, PbxChangeCards.OfficeHoursSaved, current.Value with { Members = [] }, restored, origin);
                await CommitAsync(order, origin,
                    [PbxRepository.DepartmentReplace(restored, current.ETag), PbxRepository.AuditChange(Audit(op, u, current.Value.OfficeHours, before))], token);
                return order.Change;
            },
        };
    }

    private async Task CommitAsync(PbxChangeOrder order, ChangeOrigin? origin, List<Change> writes, CancellationToken ct)
    {
        writes.AddRange(order.Commit);
        try
        {
            await repository.CommitAsync(order.Change.PbxId, writes, ct);
            changes.Committed(order, origin);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
    }

    /// <summary>Today's departments with the change's moves reverted (memberships it added removed, those it removed back).</summary>
    private static IReadOnlyList<Membership> MembershipsWithout(Extension current, Extension before, Extension after)
    {
        var was = before.AllMemberships();
        var now = after.AllMemberships();
        var touched = was.Concat(now).Except(was.Intersect(now)).Select(m => m.Department).ToHashSet(StringComparer.Ordinal);
        return [.. current.AllMemberships().Where(m => !touched.Contains(m.Department)), .. was.Where(m => touched.Contains(m.Department))];
    }

    private AuditEntry Audit(Operator op, UndoableChange u, object? before, object? after) =>
        AuditEntries.For(op, UndoableActions.Undone, u.Entry.Target, before, after, time.GetUtcNow()) with { Undoes = u.Entry.Id };

    private static Reverting Refused(UndoableChange u, Language language, string why) =>
        Reverting.Refused(UndoTexts.NotUndoable.Format(language, u.TargetName, UndoTexts.RulesRefuse.Format(language, why)));

    private static Extension Redacted(Extension e) => e with { Credential = null, WebClientPasswordHash = null };
}

/// <summary>The rules refused the reversal between the review and the confirmation (someone took the number meanwhile).</summary>
public sealed class UndoRefusedException(string message) : Exception(message);
