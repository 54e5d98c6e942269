using PbxBot.Domain;

namespace PbxBot.Domain.Tests.Fixtures;

/// <summary>Operators of <see cref="SamplePbx"/> on each rung of the 3CX role ladder.</summary>
public static class Operators
{
    public static Operator SystemOwner { get; } = With(Role.SystemOwners);

    public static Operator SystemAdmin { get; } = With(Role.SystemAdmins);

    public static Operator SupportAdmin { get; } = With(Role.GroupAdmins, "support");

    public static Operator SupportOwner { get; } = With(Role.GroupOwners, "support");

    public static Operator SupportManager { get; } = With(Role.Managers, "support");

    public static Operator Helpdesk { get; } = new("helpdesk-1", "Hélène Desk", new Grant { PbxId = SamplePbx.Id, UserId = "helpdesk-1", Helpdesk = true });

    public static Operator With(Role role, params string[] departments) =>
        new($"user-{role.RoleName()}", role.RoleName(), new Grant { PbxId = SamplePbx.Id, UserId = $"user-{role.RoleName()}", Role = role, Departments = departments });
}
