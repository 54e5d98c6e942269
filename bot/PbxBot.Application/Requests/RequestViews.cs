using PbxBot.Application.Stores;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.Requests;

/// <summary>Turns a stored request into what its cards show (names of the PBX and the department resolved).</summary>
public sealed class RequestViews(PbxRepository repository)
{
    public async Task<RequestView> ViewAsync(ExtensionRequest r, CancellationToken ct)
    {
        var pbx = await repository.GetSettingsAsync(r.PbxId, ct);
        var department = r.Draft.Department is null ? null : await repository.GetDepartmentAsync(r.PbxId, r.Draft.Department, ct);
        return View(r, pbx?.Value.DisplayName ?? r.PbxId, department?.Value.Name ?? r.Draft.Department ?? "");
    }

    public static RequestView View(ExtensionRequest r, string pbxName, string departmentName) => new(
        r.PbxId, r.Id, r.Reference, pbxName, r.RequestedByName, r.RequestedAt,
        new ExtensionFormValues(r.Draft.Number, r.Draft.FirstName, r.Draft.LastName, r.Draft.EmailAddress, r.Draft.Mobile, r.Draft.Department,
            r.Draft.Role.RoleName(), r.Draft.Require2FA, r.Draft.Did, string.IsNullOrWhiteSpace(r.Draft.Number), r.Reason),
        departmentName, r.Status, r.DecidedByName, r.DecidedAt, r.RejectionReason, r.CreatedNumber);
}
