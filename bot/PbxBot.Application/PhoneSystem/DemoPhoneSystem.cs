using System.Runtime.CompilerServices;
using PbxBot.Application.Stores;

namespace PbxBot.Application.PhoneSystem;

/// <summary>
/// The PBX of a store without a connection (the embedded default, the sample PBX): a phone system that has exactly
/// what PbxBot's store has, and accepts every change at once without sending anything anywhere. Wizards therefore run
/// end to end through the same outbox and cards as with a real 3CX, which say "PBX de démonstration : rien n'est
/// envoyé à un 3CX". Its ids are derived from the store (an extension's number, a department's stored id or key).
/// It reads as empty, so a sync never changes the store.
/// </summary>
public sealed class DemoPhoneSystem(string pbxId, PbxRepository repository) : IPhoneSystem
{
    public PhoneSystemProfile Profile { get; } = new() { PbxId = pbxId, Url = new Uri("https://demo.invalid/"), WelcomeEmail = WelcomeEmailSender.PbxBot };

    public bool IsDemo => true;

    public Task<PhoneSystemInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new PhoneSystemInfo(null, null, null, null));

    public IAsyncEnumerable<IReadOnlyList<PbxUser>> ReadUsersAsync(int pageSize, CancellationToken cancellationToken) => Nothing<PbxUser>(cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<PbxGroup>> ReadGroupsAsync(int pageSize, CancellationToken cancellationToken) => Nothing<PbxGroup>(cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<string>> ReadDidsAsync(int pageSize, CancellationToken cancellationToken) => Nothing<string>(cancellationToken);

    public async Task<PbxUser?> FindUserAsync(string number, CancellationToken cancellationToken)
    {
        if (await repository.GetExtensionAsync(pbxId, number, cancellationToken) is not { Value: var e })
        {
            return null;
        }
        var departments = await repository.ListDepartmentsAsync(pbxId, cancellationToken);
        return new PbxUser
        {
            Id = e.PbxUserId ?? int.Parse(e.Number, System.Globalization.CultureInfo.InvariantCulture),
            Number = e.Number,
            FirstName = e.FirstName,
            LastName = e.LastName,
            EmailAddress = e.EmailAddress,
            Mobile = e.Mobile,
            Require2FA = e.Require2FA,
            OutboundCallerId = e.Did,
            Groups = e.AllMemberships()
                .Select(m => departments.FirstOrDefault(d => d.Key == m.Department) is { } d ? new PbxMembership(GroupIdOf(d), m.Role) : null)
                .OfType<PbxMembership>()
                .ToArray(),
        };
    }

    public async Task<PbxUser> CreateUserAsync(PbxUserChanges user, CancellationToken cancellationToken) =>
        await FindUserAsync(user.Number ?? throw new ArgumentException("A new user needs a number.", nameof(user)), cancellationToken)
        ?? new PbxUser { Id = int.Parse(user.Number, System.Globalization.CultureInfo.InvariantCulture), Number = user.Number };

    public Task UpdateUserAsync(int userId, PbxUserChanges changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteUserAsync(int userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendWelcomeEmailAsync(int userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ResetCredentialsAsync(int userId, bool sendWelcomeEmail, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetWebClientPasswordAsync(int userId, string password, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<PbxGroup?> FindGroupAsync(string name, CancellationToken cancellationToken) =>
        (await repository.ListDepartmentsAsync(pbxId, cancellationToken))
            .Where(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(d => new PbxGroup { Id = GroupIdOf(d), Name = d.Name, Language = d.Language, GloballyVisible = d.GloballyVisible, IsDefault = d.IsDefault })
            .FirstOrDefault();

    public async Task<PbxGroup> CreateGroupAsync(PbxGroupChanges group, CancellationToken cancellationToken)
    {
        var name = group.Name?.Value ?? throw new ArgumentException("A new group needs a name.", nameof(group));
        return await FindGroupAsync(name, cancellationToken) ?? new PbxGroup { Id = StableId(name), Name = name };
    }

    public Task UpdateGroupAsync(int groupId, PbxGroupChanges changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteGroupAsync(int groupId, CancellationToken cancellationToken) => Task.CompletedTask;

    private static int GroupIdOf(Domain.Department d) => d.PbxGroupId ?? StableId(d.Key);

    /// <summary>A positive id that stays the same from one run to the next (string.GetHashCode does not).</summary>
    private static int StableId(string key)
    {
        var hash = 17;
        foreach (var c in key.ToLowerInvariant())
        {
            hash = unchecked((hash * 31) + c);
        }
        return (hash & 0x7FFFFFFF) | 1;
    }

    private static async IAsyncEnumerable<IReadOnlyList<T>> Nothing<T>([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }
}
