using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>DESIGN, who uses it: a manager requests an extension for their department; an admin approves it.</summary>
public sealed class ManagersRequestExtensionsInsteadOfCreatingThem
{
    [Fact]
    public void AManagerRequestsForTheirDepartmentOnly()
    {
        Assert.True(Operators.SupportManager.CanRequestExtension("support"));
        Assert.True(Operators.SupportManager.CanRequestExtension(null));
        Assert.False(Operators.SupportManager.CanRequestExtension("ventes"));
    }

    [Theory]
    [InlineData(Role.Users)]
    [InlineData(Role.Receptionists)]
    [InlineData(Role.GroupAdmins)]
    [InlineData(Role.SystemAdmins)]
    public void OtherRolesDoNotRequest(Role role)
    {
        Assert.False(Operators.With(role, "support").CanRequestExtension("support"));
    }
}
