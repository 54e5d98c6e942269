using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PbxBot.Application.PhoneSystem;

/// <summary>
/// The PBX of a store without a connection (the embedded default, the sample PBX): every change is accepted at once
/// and kept in memory only, so wizards run end to end and cards say "PBX de démonstration : rien n'est envoyé à un
/// 3CX". It reads as empty, so a sync never changes the store's data.
/// </summary>
public sealed class DemoPhoneSystem(string pbxId) : IPhoneSystem
{
    private readonly ConcurrentDictionary<string, PbxUser> users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PbxGroup> groups = new(StringComparer.OrdinalIgnoreCase);
    private int lastId;

    public PhoneSystemProfile Profile { get; } = new() { PbxId = pbxId, Url = new Uri("https://demo.invalid/") };

    public bool IsDemo => true;

    public Task<PhoneSystemInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new PhoneSystemInfo(null, null, null, null));

    public IAsyncEnumerable<IReadOnlyList<PbxUser>> ReadUsersAsync(int pageSize, CancellationToken cancellationToken) => Nothing<PbxUser>(cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<PbxGroup>> ReadGroupsAsync(int pageSize, CancellationToken cancellationToken) => Nothing<PbxGroup>(cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<string>> ReadDidsAsync(int pageSize, CancellationToken cancellationToken) => Nothing<string>(cancellationToken);

    public Task<PbxUser?> FindUserAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult(users.GetValueOrDefault(number));

    public Task<PbxUser> CreateUserAsync(PbxUserChanges user, CancellationToken cancellationToken)
    {
        var number = user.Number ?? throw new ArgumentException("A new user needs a number.", nameof(user));
        var created = users.GetOrAdd(number, n => new PbxUser { Id = Interlocked.Increment(ref lastId), Number = n });
        return Task.FromResult(created);
    }

    public Task UpdateUserAsync(int userId, PbxUserChanges changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteUserAsync(int userId, CancellationToken cancellationToken)
    {
        foreach (var (number, user) in users)
        {
            if (user.Id == userId)
            {
                users.TryRemove(number, out _);
            }
        }
        return Task.CompletedTask;
    }

    public Task SendWelcomeEmailAsync(int userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ResetCredentialsAsync(int userId, bool sendWelcomeEmail, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetWebClientPasswordAsync(int userId, string password, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<PbxGroup?> FindGroupAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(groups.GetValueOrDefault(name));

    public Task<PbxGroup> CreateGroupAsync(PbxGroupChanges group, CancellationToken cancellationToken)
    {
        var name = group.Name?.Value ?? throw new ArgumentException("A new group needs a name.", nameof(group));
        return Task.FromResult(groups.GetOrAdd(name, n => new PbxGroup { Id = Interlocked.Increment(ref lastId), Name = n }));
    }

    public Task UpdateGroupAsync(int groupId, PbxGroupChanges changes, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteGroupAsync(int groupId, CancellationToken cancellationToken)
    {
        foreach (var (name, group) in groups)
        {
            if (group.Id == groupId)
            {
                groups.TryRemove(name, out _);
            }
        }
        return Task.CompletedTask;
    }

    private static async IAsyncEnumerable<IReadOnlyList<T>> Nothing<T>([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }
}
