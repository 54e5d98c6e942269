namespace PbxBot.Application.PhoneSystem;

/// <summary>
/// One 3CX phone system as PbxBot needs it, in a PBX admin's words: read its users (extensions), groups
/// (departments) and DIDs; create, change and delete users and groups; set office hours; send welcome e-mails.
/// The only implementation that talks to a real PBX is the XAPI connector (<c>bot/PbxBot.Pbx.Xapi</c>); without a
/// configured connection the PBX is a <see cref="DemoPhoneSystem"/>. Nothing but the outbox's PBX handlers and the
/// sync call it: a turn never waits for a PBX.
/// </summary>
/// <remarks>
/// Failures surface as <see cref="PbxRefusedException"/> (the PBX said no: permanent), <see cref="PbxNotFoundException"/>
/// (the user or group is not on the PBX) and <see cref="PbxUnavailableException"/> (unreachable, throttled, 5xx,
/// timeout: retry later). Every call is safe to repeat after a lost answer, except creates: look up first
/// (<see cref="FindUserAsync"/>, <see cref="FindGroupAsync"/>).
/// </remarks>
public interface IPhoneSystem
{
    PhoneSystemProfile Profile { get; }

    /// <summary>True for the demo PBX: nothing is sent to a 3CX, and cards say so.</summary>
    bool IsDemo { get; }

    /// <summary>The PBX's own facts: name, version, extension length, language.</summary>
    Task<PhoneSystemInfo> GetInfoAsync(CancellationToken cancellationToken);

    /// <summary>Every user, one page at a time (paged on the PBX: memory stays bounded whatever its size).</summary>
    IAsyncEnumerable<IReadOnlyList<PbxUser>> ReadUsersAsync(int pageSize, CancellationToken cancellationToken);

    /// <summary>Every group (department) with its office hours, one page at a time.</summary>
    IAsyncEnumerable<IReadOnlyList<PbxGroup>> ReadGroupsAsync(int pageSize, CancellationToken cancellationToken);

    /// <summary>Every DID number of the PBX (E.164), one page at a time.</summary>
    IAsyncEnumerable<IReadOnlyList<string>> ReadDidsAsync(int pageSize, CancellationToken cancellationToken);

    /// <summary>The user with this extension number, or null.</summary>
    Task<PbxUser?> FindUserAsync(string number, CancellationToken cancellationToken);

    /// <summary>Creates a user; <see cref="PbxUserChanges.Number"/> is required. Returns the user as the PBX stored it.</summary>
    Task<PbxUser> CreateUserAsync(PbxUserChanges user, CancellationToken cancellationToken);

    /// <summary>Changes only the fields that <paramref name="changes"/> sets.</summary>
    Task UpdateUserAsync(int userId, PbxUserChanges changes, CancellationToken cancellationToken);

    Task DeleteUserAsync(int userId, CancellationToken cancellationToken);

    /// <summary>3CX's own welcome e-mail with the user's credentials (the console's behaviour on save, seed 000 step 8).</summary>
    Task SendWelcomeEmailAsync(int userId, CancellationToken cancellationToken);

    /// <summary>
    /// The console's "Réinitialiser" (seed 000 step 9): fresh web client credentials, the old ones stop working, and
    /// 3CX e-mails the new ones when <paramref name="sendWelcomeEmail"/>.
    /// </summary>
    Task ResetCredentialsAsync(int userId, bool sendWelcomeEmail, CancellationToken cancellationToken);

    /// <summary>Sets the user's web client password (PbxBot's own set-password page).</summary>
    Task SetWebClientPasswordAsync(int userId, string password, CancellationToken cancellationToken);

    /// <summary>The group with this name (ignoring case), or null.</summary>
    Task<PbxGroup?> FindGroupAsync(string name, CancellationToken cancellationToken);

    /// <summary>Creates a group; <see cref="PbxGroupChanges.Name"/> is required. Returns it as the PBX stored it.</summary>
    Task<PbxGroup> CreateGroupAsync(PbxGroupChanges group, CancellationToken cancellationToken);

    /// <summary>Changes only the fields that <paramref name="changes"/> sets (office hours included).</summary>
    Task UpdateGroupAsync(int groupId, PbxGroupChanges changes, CancellationToken cancellationToken);

    Task DeleteGroupAsync(int groupId, CancellationToken cancellationToken);
}
