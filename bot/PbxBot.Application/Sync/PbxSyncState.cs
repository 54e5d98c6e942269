namespace PbxBot.Application.Sync;

/// <summary>
/// How the store's copy of a PBX stands against the PBX itself: when it was last read, what the last sync changed,
/// and why the last attempt failed if it did. One document per PBX (<c>sync</c>), shown by « état du PBX ».
/// </summary>
public sealed record PbxSyncState
{
    public const string DocumentId = "sync";
    public const string Kind = "syncstate";

    public DateTimeOffset? LastSyncedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>Why the last attempt failed; null when it succeeded.</summary>
    public string? LastError { get; init; }

    public PbxSyncReport? LastReport { get; init; }
}

/// <summary>What one sync read and changed.</summary>
public sealed record PbxSyncReport
{
    public int Users { get; init; }

    public int Departments { get; init; }

    public int Dids { get; init; }

    public int ExtensionsAdded { get; init; }

    public int ExtensionsChanged { get; init; }

    public int ExtensionsRemoved { get; init; }

    public int DepartmentsAdded { get; init; }

    public int DepartmentsChanged { get; init; }

    public int DepartmentsRemoved { get; init; }

    public int DidsChanged { get; init; }

    /// <summary>Extensions and departments left alone because a change of PbxBot's is on its way to the PBX.</summary>
    public int Skipped { get; init; }

    public TimeSpan Took { get; init; }

    public int Changes => ExtensionsAdded + ExtensionsChanged + ExtensionsRemoved + DepartmentsAdded + DepartmentsChanged + DepartmentsRemoved + DidsChanged;
}
