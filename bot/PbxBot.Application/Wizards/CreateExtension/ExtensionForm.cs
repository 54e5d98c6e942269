using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.CreateExtension;

/// <summary>
/// The extension cards shared by "create extension" and "request extension": reading the submitted inputs into
/// the state, turning the state into a draft for the rules, and the card views.
/// </summary>
internal static class ExtensionForm
{
    public static readonly string[] IdentityFields = [ExtensionFields.Number, ExtensionFields.FirstName, ExtensionFields.LastName, ExtensionFields.Email, ExtensionFields.Mobile];

    public static readonly string[] PlacementFields = [ExtensionFields.Department, ExtensionFields.Role, ExtensionFields.Require2FA, ExtensionFields.Did];

    public static void ReadIdentity(WizardTurn<CreateExtensionState> t)
    {
        var s = t.State;
        if (t.Has(ExtensionFields.Number))
        {
            s.Number = t.Text(ExtensionFields.Number);
        }
        s.FirstName = t.Text(ExtensionFields.FirstName);
        s.LastName = t.Text(ExtensionFields.LastName);
        s.Email = NullIfEmpty(t.Text(ExtensionFields.Email));
        s.Mobile = NullIfEmpty(t.Text(ExtensionFields.Mobile));
        if (t.Has("numberAtApproval"))
        {
            s.NumberAtApproval = t.Flag("numberAtApproval");
        }
    }

    public static void ReadPlacement(WizardTurn<CreateExtensionState> t)
    {
        var s = t.State;
        s.Department = NullIfEmpty(t.Text(ExtensionFields.Department)) ?? s.Department;
        s.Role = NullIfEmpty(t.Text(ExtensionFields.Role)) ?? s.Role;
        s.Require2FA = t.Flag(ExtensionFields.Require2FA, s.Require2FA);
        s.Did = NullIfEmpty(t.Text(ExtensionFields.Did)) is { } did && did != ExtensionCards.NoDid ? did : null;
        if (t.Has("reason"))
        {
            s.Reason = NullIfEmpty(t.Text("reason"));
        }
    }

    public static ExtensionDraft Draft(CreateExtensionState s) => new()
    {
        Number = s.NumberAtApproval ? null : s.Number,
        FirstName = s.FirstName,
        LastName = s.LastName,
        EmailAddress = s.Email,
        Mobile = s.Mobile,
        Department = s.Department,
        Role = Roles.TryParse(s.Role, out var role) ? role : (Role)(-1),
        Require2FA = s.Require2FA,
        Did = s.Did,
    };

    public static ExtensionFormValues Values(CreateExtensionState s) => new(
        s.Number, s.FirstName, s.LastName, s.Email, s.Mobile, s.Department, s.Role, s.Require2FA, s.Did, s.NumberAtApproval, s.Reason);

    public static ExtensionFormOptions Options(PbxSnapshot pbx, Operator op, IEnumerable<Role> roles, bool onlyActorsDepartments) => new(
        pbx.Departments
            .Where(d => !onlyActorsDepartments || op.ActsFor(d.Key))
            .OrderByDescending(d => d.IsDefault).ThenBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(d => new Choice(d.Name, d.Key)).ToArray(),
        roles.ToArray(),
        pbx.Dids.Where(d => d.IsFree).Select(d => d.Number).Order(StringComparer.Ordinal).ToArray(),
        pbx.Settings.DisplayName);

    public static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
