using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary><c>Users/Pbx.GetFirstAvailableExtensionNumber()</c>: the lowest free, non-emergency number of the user range.</summary>
public sealed class TheFirstAvailableNumberSkipsTakenAndBlockedNumbers
{
    private static async Task<string?> FirstAsync(TestPbx pbx) =>
        (await pbx.GetAsync("/Users/Pbx.GetFirstAvailableExtensionNumber()")).Body!["Number"]?.GetValue<string>();

    [Fact]
    public async Task TakenAndEmergencyNumbersAreSkipped()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { UserNumberFrom = 110, UserNumberTo = 160 });
        await pbx.CreateUserAsync("""{ "Number": "110" }""");
        await pbx.CreateUserAsync("""{ "Number": "111" }""");

        var first = await FirstAsync(pbx);
        await pbx.CreateUserAsync("""{ "Number": "113" }""");

        Assert.Equal("113", first);
        Assert.Equal("114", await FirstAsync(pbx));
    }

    [Fact]
    public async Task ARangeOfEmergencyNumbersHasNone()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { UserNumberFrom = 150, UserNumberTo = 159 });

        Assert.Null(await FirstAsync(pbx)); // all start with 15 (SAMU)
    }

    [Fact]
    public async Task AFullRangeHasNone()
    {
        var pbx = await TestPbx.NewAsync(new PbxOptions { UserNumberFrom = 120, UserNumberTo = 121 });
        await pbx.CreateUserAsync("""{ "Number": "120" }""");
        await pbx.CreateUserAsync("""{ "Number": "121" }""");

        Assert.Null(await FirstAsync(pbx));
    }
}
