using PbxBot.Domain;

namespace PbxBot.Application.History;

/// <summary>
/// The properties a request's, a grant's or a sync's snapshot shows in the history, by their JSON name, with their
/// label — only these: ids, Teams identities and anything secret never reach a card, whatever a snapshot holds.
/// </summary>
internal static class PropertyLabels
{
    private static readonly Dictionary<string, Text> Labels = new(StringComparer.Ordinal)
    {
        // A request (ExtensionRequest).
        ["status"] = new("Statut", "Status"),
        ["reason"] = new("Motif", "Reason"),
        ["decidedByName"] = new("Décidée par", "Decided by"),
        ["rejectionReason"] = new("Motif du refus", "Reason for rejecting"),
        ["createdNumber"] = new("Extension créée", "Extension created"),
        // A grant.
        ["displayName"] = new("Nom", "Name"),
        ["role"] = new("Rôle", "Role"),
        ["helpdesk"] = new("Support (helpdesk)", "Helpdesk"),
        ["departments"] = new("Départements", "Departments"),
        // A sync's summary (PbxSyncReport).
        ["extensionsAdded"] = new("Extensions ajoutées", "Extensions added"),
        ["extensionsChanged"] = new("Extensions modifiées", "Extensions changed"),
        ["extensionsRemoved"] = new("Extensions retirées", "Extensions removed"),
        ["departmentsAdded"] = new("Départements ajoutés", "Departments added"),
        ["departmentsChanged"] = new("Départements modifiés", "Departments changed"),
        ["departmentsRemoved"] = new("Départements retirés", "Departments removed"),
        ["didsChanged"] = new("Numéros SDA modifiés", "DIDs changed"),
    };

    private static readonly Dictionary<string, Text> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = new("en attente", "pending"),
        ["approved"] = new("approuvée", "approved"),
        ["rejected"] = new("refusée", "rejected"),
        ["cancelled"] = new("annulée", "cancelled"),
        ["true"] = new("oui", "yes"),
        ["false"] = new("non", "no"),
    };

    /// <summary>The label of a shown property; null for one the history leaves out.</summary>
    public static string? Of(string property, Language language) => Labels.TryGetValue(property, out var label) ? label.In(language) : null;

    /// <summary>A value in words: a status, yes/no, a role's label; anything else as recorded.</summary>
    public static string? Value(string property, string? value, Language language)
    {
        if (value is null)
        {
            return null;
        }
        if (property == "role" && Enum.TryParse<Role>(value, ignoreCase: true, out var role))
        {
            return role.Label().In(language);
        }
        return Values.TryGetValue(value, out var words) ? words.In(language) : value;
    }
}
