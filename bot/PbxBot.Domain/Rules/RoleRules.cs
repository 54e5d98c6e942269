namespace PbxBot.Domain.Rules;

/// <summary>Seed 000, step 5: an operator hands out only roles strictly below their own.</summary>
internal static class RoleRules
{
    public static bool CanGive(Operator actor, Role role) =>
        Enum.IsDefined(role) && actor.Role is { } own && own.CanAssign(role);

    /// <summary>The three arguments of the "role too high" messages: the role asked, the operator's, those they may give.</summary>
    public static object[] TooHighArguments(Operator actor, Role asked) => [Label(asked), Label(actor.Role), Phrases.Roles(actor.AssignableRoles())];

    public static Text Label(Role? role) => role switch
    {
        null => new Text("aucun rôle", "no role"),
        { } r when Enum.IsDefined(r) => r.Label(),
        { } r => new Text(((int)r).ToString(System.Globalization.CultureInfo.InvariantCulture), ((int)r).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };
}
