using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Access;

internal static class AccessSteps
{
    public const string AccessDeniedTitle = "Accès non accordé";

    public static bool IsAccessDenied(this CardView card) => card.Text.Contains(AccessDeniedTitle, StringComparison.Ordinal);

    /// <summary>The grant wizard, filled and confirmed: the granted user's id, name, role (3CX name or GrantCards.NoRoleValue), helpdesk flag, departments.</summary>
    public static async Task<TurnResult> GrantAsync(this ChatUser granter, string userId, string name, string role, bool helpdesk = false, string departments = "")
    {
        await granter.SayAsync("donner accès");
        var submitted = await granter.PressAsync("Suivant", new Dictionary<string, string>
        {
            ["userId"] = userId,
            ["displayName"] = name,
            ["role"] = role,
            ["helpdesk"] = helpdesk ? "true" : "false",
            ["departments"] = departments,
        });
        if (granter.LastCard!.Inputs.ContainsKey("userId"))
        {
            return submitted; // refused: the form is shown again with the errors
        }
        return await granter.PressAsync("Confirmer");
    }
}
