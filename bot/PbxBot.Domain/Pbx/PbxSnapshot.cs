namespace PbxBot.Domain;

/// <summary>
/// The PBX's current data that the rules check a request against, loaded in a fixed number of store round
/// trips whatever the PBX's size: settings, the used numbers (one document), departments and the DID pool.
/// </summary>
public sealed record PbxSnapshot(PbxSettings Settings, UsedNumbers UsedNumbers, IReadOnlyList<Department> Departments, IReadOnlyList<Did> Dids)
{
    public Department? FindDepartment(string? key) =>
        key is null ? null : Departments.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase));
}
