using System.Diagnostics;
using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>Each fault kind does what it says, matches by method and path, applies <c>times</c> times and is recorded.</summary>
public sealed class FaultsAreInjectedAsArmed
{
    [Fact]
    public async Task AStatusFaultAnswersBeforeAnythingIsDoneThenStops()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.NewTokenAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(503, retryAfterSeconds: 1).On("POST", "^/xapi/v1/Users$").Repeated(2), TestPbx.Ct);

        var first = await pbx.PostAsync("/Users", """{ "Number": "105" }""");
        var second = await pbx.PostAsync("/Users", """{ "Number": "105" }""");
        var usersMeanwhile = (await pbx.StateAsync()).Users.Count;
        var third = await pbx.PostAsync("/Users", """{ "Number": "105" }""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        SwaggerSchemas.AssertMatches("CreateUser", 503, first.Body);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(0, usersMeanwhile);
        Assert.Equal(HttpStatusCode.Created, third.Status);
    }

    [Fact]
    public async Task AFaultOnlyMatchesItsMethodAndPath()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(500).On("DELETE", @"^/xapi/v1/Users\(\d+\)$"), TestPbx.Ct);

        var get = await pbx.GetAsync("/Users");
        var post = await pbx.PostAsync("/Users", """{ "Number": "105" }""");
        var delete = await pbx.DeleteAsync($"/Users({post.Body!["Id"]})");

        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(HttpStatusCode.Created, post.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, delete.Status);
    }

    [Fact]
    public async Task ADelayHoldsTheAnswer()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.NewTokenAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.Delay(TimeSpan.FromMilliseconds(300)).On("GET", null), TestPbx.Ct);

        var watch = Stopwatch.StartNew();
        var answer = await pbx.GetAsync("/Users");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(watch.ElapsedMilliseconds >= 290, $"answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task AClientGivingUpDuringADelayLeavesNothingDone()
    {
        var pbx = await TestPbx.NewAsync();
        var token = await pbx.NewTokenAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.Delay(TimeSpan.FromSeconds(30)).On("POST", "Users"), TestPbx.Ct);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        using var request = new HttpRequestMessage(HttpMethod.Post, pbx.Url("/xapi/v1/Users"))
        {
            Content = new StringContent("""{ "Number": "105" }""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.SendAsync(request, TestPbx.Ct));

        Assert.Empty((await pbx.StateAsync()).Users);
        var call = (await pbx.CallsAsync()).Single(c => c.Method == "POST" && c.Path == "/xapi/v1/Users");
        Assert.Equal("delay", call.Fault);
        Assert.False(call.Responded);
    }

    [Fact]
    public async Task DropAfterCommitCommitsButTheAnswerIsLost()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.NewTokenAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.DropAfterCommit().On("POST", "^/xapi/v1/Users$"), TestPbx.Ct);

        await Assert.ThrowsAsync<HttpRequestException>(() => pbx.PostAsync("/Users", """{ "Number": "105", "FirstName": "Lost" }"""));

        var user = Assert.Single((await pbx.StateAsync()).Users);
        Assert.Equal("105", user["Number"]!.GetValue<string>());
        var call = (await pbx.CallsAsync()).Single(c => c.Method == "POST" && c.Path == "/xapi/v1/Users");
        Assert.Equal((201, false, "drop-after-commit"), (call.Status, call.Responded, call.Fault));
        var retry = await pbx.PostAsync("/Users", """{ "Number": "105", "FirstName": "Lost" }""");
        retry.AssertError(HttpStatusCode.BadRequest, "ALREADY_IN_USE", "Number");
    }

    [Fact]
    public async Task ExpireTokensInvalidatesEveryTokenIssuedSoFar()
    {
        var pbx = await TestPbx.NewAsync();
        var token = await pbx.NewTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await pbx.GetAsync("/Users", token)).Status);
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.ExpireTokens().On(null, "^/xapi/"), TestPbx.Ct);

        var expired = await pbx.GetAsync("/Users", token);
        var stillExpired = await pbx.GetAsync("/Users", token);
        var fresh = await pbx.GetAsync("/Users", await pbx.NewTokenAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, stillExpired.Status);
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        var calls = await pbx.CallsAsync();
        Assert.Equal("expire-tokens", calls.First(c => c.Status == 401).Fault);
    }

    [Fact]
    public async Task TheTokenEndpointCanFailToo()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(502).On("POST", "^/connect/token$"), TestPbx.Ct);

        var failed = await pbx.TokenRequestAsync(("grant_type", "client_credentials"), ("client_id", pbx.Pbx.ClientId), ("client_secret", pbx.Pbx.ClientSecret));

        Assert.Equal(HttpStatusCode.BadGateway, failed.Status);
        Assert.NotNull(await pbx.NewTokenAsync());
    }

    [Fact]
    public async Task ClearedFaultsNoLongerApplyAndBadOnesAreRefused()
    {
        var pbx = await TestPbx.NewAsync();
        await pbx.Control.AddFaultAsync(pbx.Pbx, FaultSpec.WithStatus(500).Repeated(100), TestPbx.Ct);
        await pbx.Control.ClearFaultsAsync(pbx.Pbx, TestPbx.Ct);

        Assert.Equal(HttpStatusCode.OK, (await pbx.GetAsync("/Users")).Status);
        var bad = await Assert.ThrowsAsync<StandInControlException>(() => pbx.Control.AddFaultAsync(pbx.Pbx, new FaultSpec { Kind = "explode" }, TestPbx.Ct));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }
}
