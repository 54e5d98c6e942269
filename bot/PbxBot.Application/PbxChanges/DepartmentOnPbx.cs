using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Applies a change of a department to the PBX's group: create it (once) with its members and their roles, change
/// only what changed (name, language, visibility, transcription, office hours, who is a member with which role), or
/// delete it. A creation the PBX refuses half-way is undone on the PBX, so nothing is left half-done there.
/// </summary>
internal static class DepartmentOnPbx
{
    /// <returns>The PBX's id of the group.</returns>
    public static async Task<int> CreateAsync(PbxChange change, IPhoneSystem phone, CancellationToken ct)
    {
        var d = Read(change.After);
        var existing = await phone.FindGroupAsync(d.Name, ct);
        var group = existing ?? await phone.CreateGroupAsync(new PbxGroupChanges
        {
            Name = new(d.Name),
            Language = new(d.Language),
            GloballyVisible = new(d.GloballyVisible),
            TranscriptionMode = new(d.TranscriptionMode),
        }, ct);
        try
        {
            foreach (var member in d.Members)
            {
                var user = await phone.FindUserAsync(member.Number, ct)
                    ?? throw new PbxRefusedException(DepartmentFields.Members, PbxChangeTexts.NoSuchUser.Format(change.Language, member.Number), 404, "NOT_ON_PBX");
                if (user.Groups.Any(g => g.GroupId == group.Id && g.Role == member.Role))
                {
                    continue; // added by an earlier attempt
                }
                await phone.UpdateUserAsync(user.Id, new PbxUserChanges
                {
                    Groups = new([.. user.Groups.Where(g => g.GroupId != group.Id), new PbxMembership(group.Id, member.Role)]),
                }, ct);
            }
        }
        catch (PbxRefusedException) when (existing is null)
        {
            await UndoAsync(phone, group.Id);
            throw;
        }
        return group.Id;
    }

    /// <returns>The PBX's id of the group.</returns>
    public static async Task<int> UpdateAsync(PbxChange change, IPhoneSystem phone, CancellationToken ct)
    {
        var before = Read(change.Before);
        var after = Read(change.After);
        var group = await phone.FindGroupAsync(before.Name, ct) ?? await phone.FindGroupAsync(after.Name, ct)
            ?? throw new PbxRefusedException(null, PbxChangeTexts.NoSuchGroup.Format(change.Language, before.Name), 404, "NOT_ON_PBX");
        // What the operator changed, and only what the PBX does not have yet: a retry after a lost answer sends nothing twice.
        var changes = new PbxGroupChanges
        {
            Name = before.Name == after.Name || group.Name == after.Name ? null : new(after.Name),
            Language = before.Language == after.Language || group.Language == after.Language ? null : new(after.Language),
            GloballyVisible = before.GloballyVisible == after.GloballyVisible || group.GloballyVisible == after.GloballyVisible ? null : new(after.GloballyVisible),
            TranscriptionMode = before.TranscriptionMode == after.TranscriptionMode || group.TranscriptionMode == after.TranscriptionMode ? null : new(after.TranscriptionMode),
            OfficeHours = after.OfficeHours is { } hours && !SameHours(before.OfficeHours, hours) && !SameHours(group.OfficeHours, hours) ? new(hours) : null,
        };
        if (!changes.IsEmpty)
        {
            await phone.UpdateGroupAsync(group.Id, changes, ct);
        }
        await UpdateMembersAsync(change, phone, group.Id, before.Members, after.Members, ct);
        return group.Id;
    }

    /// <summary>
    /// Members who join, leave or get another role: each user's groups on the PBX (3CX <c>User.Groups</c>) are read
    /// fresh and only this group's entry changes, so a retry after a lost answer finds the work done and skips it.
    /// </summary>
    private static async Task UpdateMembersAsync(PbxChange change, IPhoneSystem phone, int groupId,
        IReadOnlyList<DepartmentMember> before, IReadOnlyList<DepartmentMember> after, CancellationToken ct)
    {
        var left = before.Where(b => after.All(a => a.Number != b.Number)).Select(b => b.Number);
        var joined = after.Where(a => !before.Contains(a));
        foreach (var number in left)
        {
            if (await phone.FindUserAsync(number, ct) is not { } user || user.Groups.All(g => g.GroupId != groupId))
            {
                continue; // deleted meanwhile, or already out of the group
            }
            await phone.UpdateUserAsync(user.Id, new PbxUserChanges { Groups = new([.. user.Groups.Where(g => g.GroupId != groupId)]) }, ct);
        }
        foreach (var member in joined)
        {
            var user = await phone.FindUserAsync(member.Number, ct)
                ?? throw new PbxRefusedException(DepartmentFields.Members, PbxChangeTexts.NoSuchUser.Format(change.Language, member.Number), 404, "NOT_ON_PBX");
            if (user.Groups.Any(g => g.GroupId == groupId && g.Role == member.Role))
            {
                continue;
            }
            await phone.UpdateUserAsync(user.Id, new PbxUserChanges
            {
                Groups = new([.. user.Groups.Where(g => g.GroupId != groupId), new PbxMembership(groupId, member.Role)]),
            }, ct);
        }
    }

    /// <returns>The PBX's id of the group, or null when it was not (or no longer) there.</returns>
    public static async Task<int?> DeleteAsync(PbxChange change, IPhoneSystem phone, CancellationToken ct)
    {
        var before = Read(change.Before);
        if (await phone.FindGroupAsync(before.Name, ct) is not { } group)
        {
            return null;
        }
        try
        {
            await phone.DeleteGroupAsync(group.Id, ct);
        }
        catch (PbxNotFoundException)
        {
        }
        return group.Id;
    }

    private static async Task UndoAsync(IPhoneSystem phone, int groupId)
    {
        try
        {
            await phone.DeleteGroupAsync(groupId, CancellationToken.None);
        }
        catch (PhoneSystemException)
        {
            // Best effort: the refusal is what the operator must see; a leftover empty group shows in the next sync.
        }
    }

    private static bool SameHours(OfficeHours? a, OfficeHours b) =>
        a is not null && a.TimeZoneId == b.TimeZoneId && a.Hours.SequenceEqual(b.Hours) && a.BreakTime.SequenceEqual(b.BreakTime) && a.Holidays.SequenceEqual(b.Holidays);

    private static Department Read(string? json) => PbxChangeCards.Read<Department>(json) ?? throw new InvalidOperationException("The change holds no department.");
}
