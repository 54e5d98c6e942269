using System.Net;
using System.Text.Json;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Every request a PBX receives is recorded in order, decoded, with its outcome — never the secret nor the token.</summary>
public sealed class CallsAreRecordedInOrderWithoutSecrets
{
    [Fact]
    public async Task EachCallIsRecordedAsReceivedAndAnswered()
    {
        var (pbx, _) = await Samples.OfficeAsync();
        var token = await pbx.NewTokenAsync();

        await pbx.GetAsync("/Users(Number='101')", token);
        await pbx.GetAsync("/Users?$filter=LastName eq 'O''Brien'&$top=5", token);
        await pbx.PostAsync("/Users", """{ "Number": "105", "FirstName": "Ada" }""", token);
        await pbx.GetAsync("/Users", "stale-token");

        var calls = await pbx.CallsAsync();
        Assert.Equal(["POST /connect/token", "GET /xapi/v1/Users(Number='101')", "GET /xapi/v1/Users", "POST /xapi/v1/Users", "GET /xapi/v1/Users"],
            calls.Select(c => $"{c.Method} {c.Path}"));
        Assert.Equal([1L, 2, 3, 4, 5], calls.Select(c => c.Seq));
        Assert.Equal("LastName eq 'O''Brien'", calls[2].Query["$filter"]);
        Assert.Equal("5", calls[2].Query["$top"]);
        Assert.Equal("Ada", calls[3].Body!["FirstName"]!.GetValue<string>());
        Assert.Equal([200, 200, 200, 201, 401], calls.Select(c => c.Status ?? 0));
        Assert.Equal([false, true, true, true, false], calls.Select(c => c.TokenValid));
        Assert.All(calls, c => Assert.True(c.Responded));
    }

    [Fact]
    public async Task NeitherTheSecretNorTheTokenIsKept()
    {
        var pbx = await TestPbx.NewAsync();
        var token = await pbx.NewTokenAsync();
        await pbx.GetAsync("/Users", token);

        var calls = await pbx.CallsAsync();
        var recorded = JsonSerializer.Serialize(calls);

        Assert.DoesNotContain(pbx.Pbx.ClientSecret, recorded, StringComparison.Ordinal);
        Assert.DoesNotContain(token, recorded, StringComparison.Ordinal);
        Assert.Equal("(redacted)", calls[0].Body!["client_secret"]!.GetValue<string>());
        Assert.Equal(pbx.Pbx.ClientId, calls[0].Body!["client_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClearingStartsAfreshAndTheTestApiIsNotRecorded()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.GetAsync("/Users");

        await pbx.Control.ClearCallsAsync(pbx.Pbx, TestPbx.Ct);
        await pbx.StateAsync();
        await pbx.GetAsync("/Groups");

        var call = Assert.Single(await pbx.CallsAsync());
        Assert.Equal("/xapi/v1/Groups", call.Path);
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)call.Status!);
    }
}
