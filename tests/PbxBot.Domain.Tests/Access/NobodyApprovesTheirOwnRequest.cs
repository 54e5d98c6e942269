using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>A request is approved by someone else, on the same PBX, who may create extensions in its department.</summary>
public sealed class NobodyApprovesTheirOwnRequest
{
    private static ExtensionRequest Request(string requestedBy, string department = "support", string pbxId = SamplePbx.Id) => new()
    {
        Id = "req-1",
        Reference = "R-7K2Q",
        PbxId = pbxId,
        RequestedBy = requestedBy,
        RequestedByName = "Manon Ager",
        RequestedAt = Now.Value,
        Draft = new ExtensionDraft { FirstName = "Justine", LastName = "Martin", Department = department },
    };

    [Fact]
    public void AnAdminApprovesAManagersRequest()
    {
        Assert.True(Operators.SystemAdmin.CanApprove(Request(Operators.SupportManager.UserId)));
        Assert.True(Operators.SupportAdmin.CanApprove(Request(Operators.SupportManager.UserId)));
    }

    [Fact]
    public void TheRequesterNeverApprovesTheirOwnRequest()
    {
        Assert.False(Operators.SystemAdmin.CanApprove(Request(Operators.SystemAdmin.UserId)));
    }

    [Fact]
    public void ADepartmentAdminDoesNotApproveForAnotherDepartment()
    {
        Assert.False(Operators.SupportAdmin.CanApprove(Request(Operators.SupportManager.UserId, "ventes")));
    }

    [Fact]
    public void ARequestOfAnotherPbxIsNotApprovedHere()
    {
        Assert.False(Operators.SystemAdmin.CanApprove(Request(Operators.SupportManager.UserId, pbxId: "pbx-other")));
    }

    [Fact]
    public void AManagerDoesNotApprove()
    {
        Assert.False(Operators.SupportManager.CanApprove(Request("someone-else")));
    }

    [Fact]
    public void ANewRequestIsPending()
    {
        Assert.True(Request("x").IsPending);
        Assert.False((Request("x") with { Status = RequestStatus.Approved }).IsPending);
    }
}
