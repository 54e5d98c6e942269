using PbxBot.Application.PbxChanges;
using PbxBot.Domain;

namespace PbxBot.Application.History;

/// <summary>An audit entry's action as the history names it, in the PBX admin's words.</summary>
internal static class ActionWords
{
    public static Text Of(string action) => action switch
    {
        PbxChangeCards.ExtensionCreated => new("Extension créée", "Extension created"),
        PbxChangeCards.ExtensionUpdated => new("Extension modifiée", "Extension changed"),
        PbxChangeCards.ExtensionDeleted => new("Extension supprimée", "Extension deleted"),
        PbxChangeCards.PrimaryDepartmentSet => new("Département principal changé", "Primary department changed"),
        PbxChangeCards.EmailCorrected => new("Adresse e-mail corrigée", "E-mail address corrected"),
        Mail.WelcomeEmailService.ResentAction => new("E-mail de bienvenue renvoyé", "Welcome e-mail sent again"),
        PbxChangeCards.DepartmentCreated => new("Département créé", "Department created"),
        PbxChangeCards.DepartmentUpdated => new("Département modifié", "Department changed"),
        PbxChangeCards.DepartmentDeleted => new("Département supprimé", "Department deleted"),
        PbxChangeCards.OfficeHoursSaved => new("Horaires de bureau enregistrés", "Office hours saved"),
        "extension.synced" => new("Modifiée sur la console 3CX", "Changed in the 3CX console"),
        "department.synced" => new("Modifié sur la console 3CX", "Changed in the 3CX console"),
        "pbx.synced" => new("Synchronisation avec le 3CX", "Sync with the 3CX"),
        "pbx.change_discarded" => new("Modification abandonnée (jamais appliquée sur le PBX)", "Change discarded (never applied on the PBX)"),
        "pbx.approval_channel" => new("Canal d'approbation choisi", "Approval channel set"),
        "request.created" => new("Demande d'extension envoyée", "Extension requested"),
        "request.approved" => new("Demande approuvée", "Request approved"),
        "request.rejected" => new("Demande refusée", "Request rejected"),
        "request.cancelled" => new("Demande annulée", "Request cancelled"),
        "grant.created" => new("Accès accordé", "Access granted"),
        "grant.changed" => new("Accès modifié", "Access changed"),
        Undo.UndoableActions.Undone => new("Modification annulée", "Change undone"),
        _ => new(action, action),
    };
}
