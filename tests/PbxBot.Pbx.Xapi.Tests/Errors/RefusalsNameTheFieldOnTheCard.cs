using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Domain.Rules;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Errors;

/// <summary>
/// A 4xx OData error is the PBX saying no: a <see cref="PbxRefusedException"/> with its own words, its code, and the
/// card input of the property it named, so the operator sees it under the field to correct.
/// </summary>
public sealed class RefusalsNameTheFieldOnTheCard
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Number", ExtensionFields.Number)]
    [InlineData("FirstName", ExtensionFields.FirstName)]
    [InlineData("LastName", ExtensionFields.LastName)]
    [InlineData("EmailAddress", ExtensionFields.Email)]
    [InlineData("Mobile", ExtensionFields.Mobile)]
    [InlineData("OutboundCallerID", ExtensionFields.Did)]
    [InlineData("Require2FA", ExtensionFields.Require2FA)]
    [InlineData("Groups", ExtensionFields.Department)]
    [InlineData("PrimaryGroupId", ExtensionFields.Department)]
    [InlineData("Groups[0].Rights.RoleName", ExtensionFields.Role)]
    [InlineData("user.emailaddress", ExtensionFields.Email)]
    public async Task A_user_property_maps_to_its_extension_field(string target, string field)
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(400, "INVALID_VALUE", "The value is not valid.", target));

        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "105" }, Ct));

        Assert.Equal((field, "The value is not valid.", 400, "INVALID_VALUE"), (refused.Field, refused.Reason, refused.Status, refused.Code));
    }

    [Theory]
    [InlineData("Name", DepartmentFields.Name)]
    [InlineData("Language", DepartmentFields.Language)]
    [InlineData("GloballyVisible", DepartmentFields.Visible)]
    [InlineData("TranscriptionMode", DepartmentFields.Transcription)]
    [InlineData("Hours", OfficeHoursFields.Hours)]
    [InlineData("BreakTime.Periods[1].Stop", OfficeHoursFields.Hours)]
    [InlineData("OfficeHolidays", OfficeHoursFields.Hours)]
    [InlineData("TimeZoneId", OfficeHoursFields.TimeZone)]
    public async Task A_group_property_maps_to_its_department_field(string target, string field)
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(400, "INVALID_VALUE", "Refused.", target));

        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.UpdateGroupAsync(12, new PbxGroupChanges { GloballyVisible = new Set<bool>(true) }, Ct));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public async Task A_duplicate_number_is_refused_on_the_number()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(409, "ALREADY_IN_USE", "Number 105 is already in use", "Number"));

        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "105" }, Ct));

        Assert.Equal((ExtensionFields.Number, "ALREADY_IN_USE", 409), (refused.Field, refused.Code, refused.Status));
        Assert.Contains("Number 105 is already in use", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emergency_number_named_in_the_details_is_refused_on_the_number()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(400, "VALIDATION", "Validation failed", null, ("Number", "112 is an emergency number and cannot be an extension")));

        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "112" }, Ct));

        Assert.Equal(ExtensionFields.Number, refused.Field);
        Assert.Equal("Validation failed — 112 is an emergency number and cannot be an extension", refused.Reason);
    }

    [Fact]
    public async Task A_licence_limit_is_a_refusal_of_the_whole_card_in_the_pbx_s_words()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(403, "LICENSE_LIMIT", "The maximum number of users allowed by your license has been reached."));

        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "105" }, Ct));

        Assert.Null(refused.Field);
        Assert.Equal(("LICENSE_LIMIT", 403), (refused.Code, refused.Status));
        Assert.Equal("The maximum number of users allowed by your license has been reached.", refused.Reason);
    }

    [Fact]
    public async Task A_body_that_is_not_json_still_gives_a_readable_reason()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Body(400, "Mobile number is not valid", "text/plain"), Reply.Body(422, "<html><h1>Bad</h1></html>", "text/html"));

        var plain = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.UpdateUserAsync(7, new PbxUserChanges { Mobile = new Set<string?>("x") }, Ct));
        var html = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.UpdateUserAsync(7, new PbxUserChanges { Mobile = new Set<string?>("x") }, Ct));

        Assert.Equal(("Mobile number is not valid", null), (plain.Reason, plain.Code));
        Assert.Equal("422 Unprocessable Entity", html.Reason);
    }

    [Fact]
    public async Task A_role_refusal_on_membership_names_the_role()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(403, "FORBIDDEN", "Not allowed to assign system_admins", "Groups[0].Rights.RoleName"));

        var refused = await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.UpdateUserAsync(7, new PbxUserChanges
        {
            Groups = new Set<IReadOnlyList<PbxMembership>>([new PbxMembership(1, Role.SystemAdmins)]),
        }, Ct));

        Assert.Equal(ExtensionFields.Role, refused.Field);
    }
}
