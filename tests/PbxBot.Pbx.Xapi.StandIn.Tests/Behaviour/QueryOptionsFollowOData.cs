using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary><c>$filter</c>, <c>$select</c>, <c>$expand</c>, <c>$orderby</c>, <c>$top</c>, <c>$skip</c>, <c>$count</c> as OData defines them.</summary>
public sealed class QueryOptionsFollowOData
{
    private static async Task<string[]> NumbersAsync(TestPbx pbx, string query)
    {
        var answer = await pbx.GetAsync("/Users?" + query);
        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        return [.. answer.Value.Select(u => u!["Number"]!.GetValue<string>())];
    }

    [Theory]
    [InlineData("$filter=Number eq '102'", "102")]
    [InlineData("$filter=Number ne '102'", "101,103")]
    [InlineData("$filter=LastName eq 'Curie' and FirstName eq 'Pierre'", "102")]
    [InlineData("$filter=FirstName eq 'Marie' or FirstName eq 'Pierre'", "101,102")]
    [InlineData("$filter=not (LastName eq 'Curie')", "103")]
    [InlineData("$filter=LastName eq 'O''Brien'", "103")]
    [InlineData("$filter=contains(EmailAddress, 'curie')", "101,102")]
    [InlineData("$filter=startswith(tolower(FirstName), 'ma')", "101")]
    [InlineData("$filter=EmailAddress eq null", "103")]
    [InlineData("$filter=OutboundCallerID ne null", "101")]
    [InlineData("$filter=Number in ('101', '103')", "101,103")]
    [InlineData("$filter=Groups/any(g: g/Name eq 'Sales')", "102")]
    [InlineData("$filter=Groups/any(g: g/Rights/RoleName eq 'managers')", "101")]
    [InlineData("$filter=Number gt '101'&$orderby=Number desc", "103,102")]
    [InlineData("$orderby=LastName,FirstName desc", "102,101,103")]
    [InlineData("$orderby=Number&$top=1&$skip=1", "102")]
    [InlineData("$top=0", "")]
    public async Task FiltersOrdersAndPages(string query, string expected)
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var numbers = await NumbersAsync(pbx, query);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), numbers);
    }

    [Fact]
    public async Task CountIsTheFilteredTotalAndOnlyWhenAsked()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var counted = await pbx.GetAsync("/Users?$filter=LastName eq 'Curie'&$top=1&$count=true");
        var uncounted = await pbx.GetAsync("/Users");

        Assert.Equal(2, counted.Body!["@odata.count"]!.GetValue<int>());
        Assert.Single(counted.Value);
        Assert.Null(uncounted.Body!["@odata.count"]);
        Assert.EndsWith("/xapi/v1/$metadata#Users", uncounted.Body["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectWritesOnlyTheNamedProperties()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var user = (await pbx.GetAsync("/Users?$select=Id,Number&$filter=Number eq '101'")).Value.Single()!.AsObject();

        Assert.Equal(["Id", "Number"], user.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task NavigationPropertiesAppearOnlyWhenExpandedWithTheirNestedOptions()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var plain = (await pbx.GetAsync("/Users(Number='102')")).Body!.AsObject();
        var expanded = (await pbx.GetAsync("/Users(Number='102')?$expand=Groups($select=GroupId,Rights;$filter=Name eq 'Support')")).Body!.AsObject();

        Assert.False(plain.ContainsKey("Groups"));
        var group = expanded["Groups"]!.AsArray().Single()!.AsObject();
        Assert.Equal(seeded.GroupId("Support"), group["GroupId"]!.GetValue<int>());
        Assert.Equal("users", group["Rights"]!["RoleName"]!.GetValue<string>());
        Assert.Equal(["GroupId", "Rights"], group.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task AnUnsetPropertyIsWrittenAsItsDefault()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var user = (await pbx.GetAsync("/Users(Number='103')")).Body!.AsObject();

        Assert.True(user.ContainsKey("Mobile"));
        Assert.Null(user["Mobile"]);
        Assert.Equal("[]", user["OfficeHoursProps"]!.ToJsonString());
    }

    [Theory]
    [InlineData("$select=Nope", "$select")]
    [InlineData("$expand=Nope", "$expand")]
    [InlineData("$expand=Number", "$expand")]
    [InlineData("$filter=Nope eq 'x'", "$filter")]
    [InlineData("$filter=Number eq 101", "$filter")]
    [InlineData("$filter=TranscriptionMode eq 'Sometimes'", "$filter")]
    [InlineData("$filter=Number eq '101", "$filter")]
    [InlineData("$filter=Number", "$filter")]
    [InlineData("$orderby=Nope", "$orderby")]
    [InlineData("$top=-1", "$top")]
    [InlineData("$top=ten", "$top")]
    [InlineData("$count=yes", "$count")]
    [InlineData("$format=json", "$format")]
    public async Task ABadQueryOptionIsA400NamingIt(string query, string target)
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.GetAsync("/Users?" + query);

        answer.AssertError(HttpStatusCode.BadRequest, "INVALID_QUERY", target);
    }

    [Fact]
    public async Task AnOptionTheOperationDoesNotDeclareIsRefused()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.GetAsync($"/Users({seeded.UserId("101")})?$filter=Number eq '101'");

        answer.AssertError(HttpStatusCode.BadRequest, "INVALID_QUERY", "$filter");
    }

    [Fact]
    public async Task EnumsCompareWithTheirMembersQualifiedOrNot()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var plain = await pbx.GetAsync("/Groups?$filter=Hours/Type eq 'OfficeHours'");
        var qualified = await pbx.GetAsync("/Groups?$filter=Hours/Type eq Pbx.RuleHoursType'OfficeHours'");

        Assert.Equal("Support", plain.Value.Single()!["Name"]!.GetValue<string>());
        Assert.Single(qualified.Value);
    }
}
