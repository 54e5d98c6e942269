using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.History;

/// <summary>What « historique de … » names on one PBX: an extension or a department, as the audit entries call it (<c>extension:105</c>).</summary>
public sealed record HistoryTarget(string Target, string Name);

/// <summary>
/// « 105 », « Marie Curie », « ventes »: a number is an extension (even a deleted one: its history outlives it), a name
/// a department, else an extension found by name or e-mail as the look-up finds it. Several matches are named back.
/// </summary>
public sealed class HistoryTargets(PbxRepository repository)
{
    public async Task<(HistoryTarget? Target, IReadOnlyList<Extension> Several)> FindAsync(string pbxId, string argument, CancellationToken ct)
    {
        var text = argument.Trim();
        if (text.All(char.IsAsciiDigit))
        {
            var extension = await repository.GetExtensionAsync(pbxId, text, ct);
            return (new HistoryTarget($"{ChangeSubjects.ExtensionPrefix}{text}", extension is null ? text : $"{text} {extension.Value.DisplayName}"), []);
        }
        var key = DepartmentKey.From(text);
        if ((await repository.ListDepartmentsAsync(pbxId, ct)).FirstOrDefault(d => d.Key == key || DepartmentKey.From(d.Name) == key) is { } department)
        {
            return (new HistoryTarget($"{ChangeSubjects.DepartmentPrefix}{department.Key}", department.Name), []);
        }
        var found = await repository.SearchExtensionsAsync(pbxId, text, 5, ct);
        return found.Count == 1
            ? (new HistoryTarget($"{ChangeSubjects.ExtensionPrefix}{found[0].Number}", $"{found[0].Number} {found[0].DisplayName}"), [])
            : (null, found);
    }
}
