using PbxBot.Domain;

namespace PbxBot.Application.PhoneSystem;

/// <summary>The fields of a group to send to the PBX; null fields are not sent (see <see cref="PbxUserChanges"/>).</summary>
public sealed record PbxGroupChanges
{
    public Set<string>? Name { get; init; }

    /// <summary>Voice-prompt language code, e.g. "fr".</summary>
    public Set<string>? Language { get; init; }

    public Set<bool>? GloballyVisible { get; init; }

    public Set<TranscriptionMode>? TranscriptionMode { get; init; }

    /// <summary>Open hours, breaks, holidays and time zone, all at once.</summary>
    public Set<OfficeHours>? OfficeHours { get; init; }

    public bool IsEmpty => Name is null && Language is null && GloballyVisible is null && TranscriptionMode is null && OfficeHours is null;
}
