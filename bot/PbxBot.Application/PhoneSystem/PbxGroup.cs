using PbxBot.Domain;

namespace PbxBot.Application.PhoneSystem;

/// <summary>A group (department) as the PBX has it.</summary>
public sealed record PbxGroup
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The voice-prompt language code, e.g. "fr".</summary>
    public string? Language { get; init; }

    public bool GloballyVisible { get; init; }

    public TranscriptionMode TranscriptionMode { get; init; } = TranscriptionMode.Nothing;

    /// <summary>3CX's default group (every PBX has one).</summary>
    public bool IsDefault { get; init; }

    /// <summary>Null when the PBX has no office hours for the group.</summary>
    public OfficeHours? OfficeHours { get; init; }
}
