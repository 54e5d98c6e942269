using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Applies a change of an extension to the PBX's user: create it (once, even when an earlier attempt's answer was
/// lost), change only the fields that changed, or delete it.
/// </summary>
internal sealed class ExtensionOnPbx(PbxGroupIds groups)
{
    /// <returns>The PBX's id of the user.</returns>
    public async Task<int> CreateAsync(PbxChange change, IPhoneSystem phone, CancellationToken ct)
    {
        var e = Read(change.After);
        var groupIds = await groups.ResolveAsync(change, phone, e.AllMemberships().Select(m => m.Department), ct);
        // Find before create: after a lost answer the user may already be there, created by the earlier attempt.
        if (await phone.FindUserAsync(e.Number, ct) is { } existing)
        {
            return IsSamePerson(existing, e)
                ? existing.Id
                : throw new PbxRefusedException(ExtensionFields.Number,
                    PbxChangeTexts.NumberUsedOnPbx.Format(change.Language, e.Number, $"{existing.FirstName} {existing.LastName}".Trim()), 409, "ALREADY_IN_USE");
        }
        var created = await phone.CreateUserAsync(new PbxUserChanges
        {
            Number = e.Number,
            FirstName = new(e.FirstName),
            LastName = new(e.LastName),
            EmailAddress = e.EmailAddress is null ? null : new(e.EmailAddress),
            Mobile = e.Mobile is null ? null : new(e.Mobile),
            Require2FA = new(e.Require2FA),
            OutboundCallerId = e.Did is null ? null : new(e.Did),
            PrimaryGroupId = new(groupIds[e.Department]),
            Groups = new(Memberships(e, groupIds)),
        }, ct);
        return created.Id;
    }

    /// <returns>The PBX's id of the user.</returns>
    public async Task<int> UpdateAsync(PbxChange change, IPhoneSystem phone, CancellationToken ct)
    {
        var before = Read(change.Before);
        var after = Read(change.After);
        var user = await phone.FindUserAsync(after.Number, ct)
            ?? throw new PbxRefusedException(null, PbxChangeTexts.NoSuchUser.Format(change.Language, after.Number), 404, "NOT_ON_PBX");
        var changes = new PbxUserChanges
        {
            FirstName = Renamed(before.FirstName, after.FirstName),
            LastName = Renamed(before.LastName, after.LastName),
            EmailAddress = Changed(before.EmailAddress, after.EmailAddress),
            Mobile = Changed(before.Mobile, after.Mobile),
            Require2FA = before.Require2FA == after.Require2FA ? null : new(after.Require2FA),
            OutboundCallerId = Changed(before.Did, after.Did),
        };
        if (before.Department != after.Department || !before.AllMemberships().ToHashSet().SetEquals(after.AllMemberships()))
        {
            var keys = before.AllMemberships().Concat(after.AllMemberships()).Select(m => m.Department).Distinct().ToArray();
            var groupIds = await groups.ResolveAsync(change, phone, keys, ct);
            var ours = before.AllMemberships().Select(m => groupIds[m.Department]).ToHashSet();
            // The groups PbxBot did not know the user in stay as the PBX has them; PbxBot's are replaced by the new ones.
            var kept = user.Groups.Where(g => !ours.Contains(g.GroupId) && !after.AllMemberships().Any(m => groupIds[m.Department] == g.GroupId));
            changes = changes with
            {
                Groups = new([.. kept, .. Memberships(after, groupIds)]),
                PrimaryGroupId = before.Department == after.Department ? null : new(groupIds[after.Department]),
            };
        }
        if (!changes.IsEmpty)
        {
            await phone.UpdateUserAsync(user.Id, changes, ct);
        }
        return user.Id;
    }

    /// <returns>The PBX's id of the user, or null when it was not (or no longer) there.</returns>
    public static async Task<int?> DeleteAsync(PbxChange change, IPhoneSystem phone, CancellationToken ct)
    {
        var before = Read(change.Before);
        if (await phone.FindUserAsync(before.Number, ct) is not { } user)
        {
            return null; // already gone: deleting twice is deleting once
        }
        try
        {
            await phone.DeleteUserAsync(user.Id, ct);
        }
        catch (PbxNotFoundException)
        {
            // Deleted between the look-up and the delete.
        }
        return user.Id;
    }

    private static PbxMembership[] Memberships(Extension e, IReadOnlyDictionary<string, int> groupIds) =>
        e.AllMemberships().Select(m => new PbxMembership(groupIds[m.Department], m.Role)).ToArray();

    private static bool IsSamePerson(PbxUser user, Extension e) =>
        string.Equals(user.FirstName?.Trim(), e.FirstName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(user.LastName?.Trim(), e.LastName, StringComparison.OrdinalIgnoreCase);

    private static Set<string>? Renamed(string before, string after) => string.Equals(before, after, StringComparison.Ordinal) ? null : new(after);

    private static Set<string?>? Changed(string? before, string? after) => string.Equals(before, after, StringComparison.Ordinal) ? null : new(after);

    private static Extension Read(string? json) => PbxChangeCards.Read<Extension>(json) ?? throw new InvalidOperationException("The change holds no extension.");
}
