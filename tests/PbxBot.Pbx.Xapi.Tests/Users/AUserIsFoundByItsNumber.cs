using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Users;

/// <summary>A user is looked up by its alternate key, <c>Users(Number='105')</c>: before any create, so a lost answer never makes two.</summary>
public sealed class AUserIsFoundByItsNumber
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_number_is_a_quoted_odata_string_key()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Json(new { Id = 42, Number = "105", FirstName = "Marie", Groups = new[] { new { GroupId = 12, Rights = new { RoleName = "managers" } } } }));

        var user = await rig.Pbx.FindUserAsync("105", Ct);

        Assert.Equal(42, user!.Id);
        Assert.Equal("Marie", user.FirstName);
        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal("GET", call.Method);
        Assert.Equal("/xapi/v1/Users(Number='105')", call.Path);
        Assert.Equal("Groups($select=GroupId;$expand=Rights($select=RoleName))", call.Query["$expand"]);
        Assert.StartsWith("Id,Number,", call.Query["$select"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_in_the_key_is_doubled()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(404));

        await rig.Pbx.FindUserAsync("10'5", Ct);

        Assert.Equal("/xapi/v1/Users(Number='10''5')", Assert.Single(rig.Xapi.ApiCalls).Path);
    }

    [Fact]
    public async Task An_unknown_number_is_null()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(404, "NOT_FOUND", "User not found"));

        Assert.Null(await rig.Pbx.FindUserAsync("199", Ct));
    }
}
