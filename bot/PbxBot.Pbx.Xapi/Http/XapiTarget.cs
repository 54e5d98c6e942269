namespace PbxBot.Pbx.Xapi.Http;

/// <summary>What a call is about, for its errors: "user 105" in a not-found message, and whose fields a refusal names.</summary>
/// <param name="Collection">A list or definition of the PBX itself: a 404 there means no XAPI at that address, not a missing entity.</param>
internal sealed record XapiTarget(string Description, FieldMap Fields, bool Collection = false)
{
    public static XapiTarget User(string number) => new($"user {number}", FieldMap.Users);

    public static XapiTarget User(int id) => new($"user #{OData.Number(id)}", FieldMap.Users);

    public static XapiTarget Group(string name) => new($"group '{name}'", FieldMap.Groups);

    public static XapiTarget Group(int id) => new($"group #{OData.Number(id)}", FieldMap.Groups);

    public static XapiTarget List(string what) => new(what, FieldMap.None, Collection: true);
}
