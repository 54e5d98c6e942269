using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Services;

/// <summary>What « historique de … » or « annuler … de … » names on one PBX, as audit entries call it (<c>extension:105</c>), and how to say it.</summary>
public sealed record ChangeTarget(string Target, string Name);

/// <summary>
/// « 105 », « Marie Curie », « ventes »: a number is an extension (even a deleted one: its history outlives it), a name
/// a department, else an extension found by name or e-mail as the look-up finds it; several matches are given back.
/// </summary>
public sealed class ChangeTargets(PbxRepository repository)
{
    public const string ExtensionPrefix = "extension:";
    public const string DepartmentPrefix = "department:";

    public async Task<(ChangeTarget? Target, IReadOnlyList<Extension> Several)> FindAsync(string pbxId, string argument, CancellationToken ct)
    {
        var text = argument.Trim();
        if (text.All(char.IsAsciiDigit))
        {
            var extension = await repository.GetExtensionAsync(pbxId, text, ct);
            return (new ChangeTarget($"{ExtensionPrefix}{text}", extension is null ? text : $"{text} {extension.Value.DisplayName}"), []);
        }
        var key = DepartmentKey.From(text);
        if ((await repository.ListDepartmentsAsync(pbxId, ct)).FirstOrDefault(d => d.Key == key || DepartmentKey.From(d.Name) == key) is { } department)
        {
            return (new ChangeTarget($"{DepartmentPrefix}{department.Key}", department.Name), []);
        }
        var found = await repository.SearchExtensionsAsync(pbxId, text, 5, ct);
        return found.Count == 1
            ? (new ChangeTarget($"{ExtensionPrefix}{found[0].Number}", $"{found[0].Number} {found[0].DisplayName}"), [])
            : (null, found);
    }
}
