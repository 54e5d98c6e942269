using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Groups;

/// <summary>A department is looked up by name, ignoring case, before it is created.</summary>
public sealed class AGroupIsFoundByNameIgnoringCase
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_name_is_filtered_in_lower_case_and_matched_ignoring_case()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = request => request.Resource == "Defs/TimeZones" ? Reply.Page(GroupsAreReadWithTheirOfficeHours.TimeZones)(request) : Reply.Page([GroupsAreReadWithTheirOfficeHours.Support])(request);

        var group = await rig.Pbx.FindGroupAsync("SUPPORT", Ct);

        Assert.Equal(12, group!.Id);
        var call = rig.Xapi.ApiCalls.First(c => c.Resource == "Groups");
        Assert.Equal("tolower(Name) eq 'support'", call.Query["$filter"]);
        Assert.Equal("Id,Name,Language,GloballyVisible,TranscriptionMode,IsDefault,Hours,BreakTime,TimeZoneId", call.Query["$select"]);
    }

    [Fact]
    public async Task A_quote_in_the_name_is_doubled()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Page([]);

        Assert.Null(await rig.Pbx.FindGroupAsync("L'Atelier", Ct));

        Assert.Equal("tolower(Name) eq 'l''atelier'", Assert.Single(rig.Xapi.ApiCalls).Query["$filter"]);
    }

    [Fact]
    public async Task A_similar_name_is_not_a_match()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Page([new { Id = 5, Name = "Support niveau 2" }]);

        Assert.Null(await rig.Pbx.FindGroupAsync("Support", Ct));
    }
}
