using PbxBot.Application.Stores;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// How a change is stored in its PBX's partition: id <c>chg-{id}</c>, parent = its target (the changes of
/// <c>extension:105</c> in one query, to apply them in order), tag = its status (the pending and refused changes of a
/// PBX in one query, for the status card).
/// </summary>
public static class PbxChangeDocument
{
    public const string Kind = "pbxchange";

    public static string IdOf(string changeId) => $"chg-{changeId}";

    public static string Tag(PbxChangeStatus status) => status.ToString().ToLowerInvariant();

    public static PbxDocument Of(PbxChange change) =>
        new(IdOf(change.Id), Kind, change) { Parent = change.Target, Tag = Tag(change.Status) };
}
