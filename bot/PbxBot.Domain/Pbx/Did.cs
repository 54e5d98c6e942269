namespace PbxBot.Domain;

/// <summary>
/// A DID ("SDA", Sélection Directe à l'Arrivée) of the PBX's pool. Assigned to at most one extension, whose
/// outbound caller ID it becomes (seed 000, step 7).
/// </summary>
public sealed record Did
{
    /// <summary>E.164, e.g. +33180203040.</summary>
    public required string Number { get; init; }

    /// <summary>The extension number using it, or null when free.</summary>
    public string? AssignedTo { get; init; }

    public bool IsFree => AssignedTo is null;
}
