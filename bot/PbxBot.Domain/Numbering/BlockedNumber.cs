namespace PbxBot.Domain;

/// <summary>
/// A number no extension may collide with: an emergency or service number of a country (from the embedded
/// table) or one of the PBX's own dial codes.
/// </summary>
/// <param name="Number">The digits as dialled, leading zeros kept (Spain's 091).</param>
/// <param name="Scope">Where it applies: a country code, a group such as <c>EU</c>, <c>always</c>, or <c>PBX</c>.</param>
/// <param name="Source">Where the entry comes from, for whoever maintains the table.</param>
public sealed record BlockedNumber(string Number, BlockKind Kind, Text Label, string Scope, string Source)
{
    public const string AlwaysScope = "always";
    public const string PbxScope = "PBX";

    /// <summary>A PBX's own dial code from <see cref="PbxSettings.ReservedNumbers"/>.</summary>
    public static BlockedNumber Reserved(string number) =>
        new(number, BlockKind.Reserved, new Text("code réservé du PBX", "PBX reserved code"), PbxScope, nameof(PbxSettings.ReservedNumbers));
}

public enum BlockKind
{
    Emergency,
    Service,
    Reserved,
}
