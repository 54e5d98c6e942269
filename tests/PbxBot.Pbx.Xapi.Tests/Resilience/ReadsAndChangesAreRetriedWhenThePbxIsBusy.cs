using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Resilience;

/// <summary>GET, PATCH and DELETE are safe to repeat: 408, 429, 5xx and network errors are retried with backoff, honouring Retry-After.</summary>
public sealed class ReadsAndChangesAreRetriedWhenThePbxIsBusy
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_answered_503_is_retried_after_the_retry_after_delay()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(503, retryAfter: "1"), Reply.Json(new { Id = 7, Number = "105" }));

        var user = await rig.Pbx.FindUserAsync("105", Ct);

        Assert.Equal(7, user?.Id);
        var calls = rig.Xapi.ApiCalls;
        Assert.Equal(2, calls.Count);
        // The configured backoff is 1 ms: a second's gap is the PBX's Retry-After being honoured.
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {calls[1].At - calls[0].At}");
    }

    [Fact]
    public async Task A_change_is_repeated_with_the_same_body_until_it_goes_through()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(503), Reply.Status(502), Reply.NoContent());

        await rig.Pbx.UpdateUserAsync(7, new PbxUserChanges { LastName = new Set<string>("Curie") }, Ct);

        var calls = rig.Xapi.ApiCalls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.Equal("PATCH", c.Method));
        Assert.Single(calls.Select(c => c.Body).Distinct());
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(504)]
    public async Task A_delete_answered_a_transient_status_is_retried(int status)
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(status), Reply.NoContent());

        await rig.Pbx.DeleteUserAsync(7, Ct);

        Assert.Equal(2, rig.Xapi.ApiCalls.Count);
    }

    [Fact]
    public async Task A_network_error_on_a_read_is_retried()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Fail(new HttpRequestException("Connection refused")), Reply.Json(new { Id = 7, Number = "105" }));

        Assert.NotNull(await rig.Pbx.FindUserAsync("105", Ct));
        Assert.Equal(2, rig.Xapi.ApiCalls.Count);
    }

    [Fact]
    public async Task When_retries_run_out_the_caller_is_told_when_to_come_back()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Status(429, retryAfter: "0");

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.DeleteUserAsync(7, Ct));

        Assert.Equal(4, rig.Xapi.ApiCalls.Count);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
    }

    [Fact]
    public async Task A_long_retry_after_is_left_to_the_caller_instead_of_holding_the_call()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Status(503, retryAfter: "120");

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.DeleteUserAsync(7, Ct));

        Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Error(400, "INVALID", "Invalid value", "LastName");

        await Assert.ThrowsAsync<PbxRefusedException>(() => rig.Pbx.UpdateUserAsync(7, new PbxUserChanges { LastName = new Set<string>("") }, Ct));

        Assert.Single(rig.Xapi.ApiCalls);
    }

    [Fact]
    public async Task A_pbx_that_never_answers_times_out_as_unavailable()
    {
        await using var rig = await XapiRig.StartAsync(s =>
        {
            s["Xapi:AttemptTimeout"] = "00:00:00.200";
            s["Xapi:Timeout"] = "00:00:01";
            s["Xapi:MaxRetries"] = "1";
        });
        rig.Xapi.ApiDelay = TimeSpan.FromSeconds(30);

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.DeleteUserAsync(7, Ct));

        Assert.Contains("in time", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, rig.Xapi.ApiCalls.Count);
    }
}
