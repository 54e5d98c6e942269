using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

internal static class Grants
{
    public static Grant For(Role? role, params string[] departments) =>
        new() { PbxId = SamplePbx.Id, UserId = "new-user", DisplayName = "Nouvel Utilisateur", Role = role, Departments = departments };
}
