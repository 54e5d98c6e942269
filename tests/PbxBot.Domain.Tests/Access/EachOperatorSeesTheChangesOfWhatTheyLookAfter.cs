using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Access;

/// <summary>
/// History and journal show an operator only the past changes of what they look after: a system admin the whole PBX, a
/// department admin their departments' extensions, departments and requests, a manager their departments' extensions
/// and their own requests, the helpdesk every extension; the PBX as a whole (grants, syncs) is for system roles.
/// </summary>
public sealed class EachOperatorSeesTheChangesOfWhatTheyLookAfter
{
    private static readonly ChangeSubject SupportExtension = new(ChangeSubjectKind.Extension, ["support"]);
    private static readonly ChangeSubject SalesExtension = new(ChangeSubjectKind.Extension, ["ventes"]);
    private static readonly ChangeSubject MovedFromSalesToSupport = new(ChangeSubjectKind.Extension, ["ventes", "support"]);
    private static readonly ChangeSubject SupportDepartment = new(ChangeSubjectKind.Department, ["support"]);
    private static readonly ChangeSubject SalesDepartment = new(ChangeSubjectKind.Department, ["ventes"]);
    private static readonly ChangeSubject AGrant = new(ChangeSubjectKind.Pbx, []);

    [Fact]
    public void ASystemAdminSeesEverything()
    {
        Assert.All(new[] { SupportExtension, SalesExtension, SalesDepartment, AGrant }, s => Assert.True(Operators.SystemAdmin.CanSeeChange(s)));
        Assert.True(Operators.SystemOwner.CanSeeChange(AGrant));
    }

    [Fact]
    public void ADepartmentAdminSeesTheirDepartmentsOnly()
    {
        var admin = Operators.SupportAdmin;

        Assert.True(admin.CanSeeChange(SupportExtension));
        Assert.True(admin.CanSeeChange(MovedFromSalesToSupport));
        Assert.True(admin.CanSeeChange(SupportDepartment));
        Assert.False(admin.CanSeeChange(SalesExtension));
        Assert.False(admin.CanSeeChange(SalesDepartment));
        Assert.False(admin.CanSeeChange(AGrant));
    }

    [Fact]
    public void AManagerSeesTheirDepartmentsExtensionsAndTheirOwnRequests()
    {
        var manager = Operators.SupportManager;

        Assert.True(manager.CanSeeChange(SupportExtension));
        Assert.False(manager.CanSeeChange(SalesExtension));
        Assert.False(manager.CanSeeChange(SupportDepartment));
        Assert.True(manager.CanSeeChange(new ChangeSubject(ChangeSubjectKind.Request, ["ventes"], manager.UserId)));
        Assert.False(manager.CanSeeChange(new ChangeSubject(ChangeSubjectKind.Request, ["support"], "someone-else")));
    }

    [Fact]
    public void TheHelpdeskSeesEveryExtensionButNotTheRest()
    {
        var helpdesk = Operators.Helpdesk;

        Assert.True(helpdesk.CanSeeHistory());
        Assert.True(helpdesk.CanSeeChange(SalesExtension));
        Assert.False(helpdesk.CanSeeChange(SupportDepartment));
        Assert.False(helpdesk.CanSeeChange(AGrant));
    }

    [Fact]
    public void SomeoneWhoLooksNobodyUpSeesNoHistory()
    {
        var user = Operators.With(Role.Receptionists, "support");

        Assert.False(user.CanSeeHistory());
        Assert.False(user.CanSeeChange(SupportExtension));
    }
}
