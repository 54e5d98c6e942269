namespace PbxBot.Domain;

/// <summary>
/// A 3CX department (the API's <c>Group</c>). Seed 001: a name, voice prompts in French unless needed
/// otherwise, optionally visible to all extensions, transcription off by default, members with roles —
/// and the operator who creates it is not added automatically.
/// </summary>
public sealed record Department
{
    /// <summary>The normalised name (<see cref="DepartmentKey.From"/>): unique per PBX, case- and accent-insensitive.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>Voice-prompt language code (<see cref="PromptLanguages"/>), French by default.</summary>
    public string Language { get; init; } = PromptLanguages.Default;

    /// <summary>3CX <c>GloballyVisible</c>: visible to all extensions.</summary>
    public bool GloballyVisible { get; init; }

    public TranscriptionMode TranscriptionMode { get; init; } = TranscriptionMode.Nothing;

    public IReadOnlyList<DepartmentMember> Members { get; init; } = [];

    /// <summary>Null until office hours are defined; then they apply to every user whose primary department this is.</summary>
    public OfficeHours? OfficeHours { get; init; }

    public bool IsDefault { get; init; }

    /// <summary>The PBX's own id of this group (3CX <c>Group.Id</c>), once the PBX has it.</summary>
    public int? PbxGroupId { get; init; }
}

/// <summary>A member of a department with their department role (3CX <c>UserGroup</c> + <c>Rights.RoleName</c>).</summary>
public sealed record DepartmentMember(string Number, Role Role);

/// <summary>3CX <c>TranscriptionMode</c> of a department: voicemail and/or recordings.</summary>
public enum TranscriptionMode
{
    Nothing,
    Voicemail,
    Recordings,
    Both,
}

/// <summary>What a department is created from: the cards' raw values.</summary>
public sealed record DepartmentDraft
{
    public string? Name { get; init; }

    public string? Language { get; init; }

    public bool GloballyVisible { get; init; }

    public TranscriptionMode TranscriptionMode { get; init; } = TranscriptionMode.Nothing;

    public IReadOnlyList<DepartmentMember> Members { get; init; } = [];
}
