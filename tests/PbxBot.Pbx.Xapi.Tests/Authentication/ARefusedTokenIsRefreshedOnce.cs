using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Authentication;

/// <summary>A 401 from /xapi/v1 gets one fresh token and one repeat of the call; a second 401 means the credentials are refused.</summary>
public sealed class ARefusedTokenIsRefreshedOnce
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_401_fetches_a_new_token_and_repeats_the_call_once()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(401), Reply.NoContent());

        await rig.Pbx.UpdateUserAsync(7, new PbxUserChanges { FirstName = new Set<string>("Marie") }, Ct);

        Assert.Equal(2, rig.Xapi.TokenRequests.Count);
        var calls = rig.Xapi.ApiCalls;
        Assert.Equal(["Bearer token-1", "Bearer token-2"], calls.Select(c => c.Authorization));
        Assert.Equal(calls[0].Body, calls[1].Body);
    }

    [Fact]
    public async Task Even_a_create_is_repeated_after_a_401_since_the_pbx_did_nothing_with_it()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(401), Reply.Json(new { Id = 42, Number = "105" }, 201));

        var user = await rig.Pbx.CreateUserAsync(new PbxUserChanges { Number = "105" }, Ct);

        Assert.Equal(42, user.Id);
        Assert.Equal(2, rig.Xapi.ApiCalls.Count(c => c.Method == "POST"));
    }

    [Fact]
    public async Task A_second_401_is_unavailable_with_credentials_refused_and_no_third_try()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(401), Reply.Status(401), Reply.NoContent());

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.DeleteGroupAsync(3, Ct));

        Assert.Contains("credentials", error.Message, StringComparison.Ordinal);
        Assert.Contains("Xapi:ClientId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(XapiRig.ClientSecret, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, rig.Xapi.ApiCalls.Count);
    }

    [Fact]
    public async Task The_refreshed_token_serves_the_next_calls()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(401));

        await rig.Pbx.DeleteUserAsync(1, Ct);
        await rig.Pbx.DeleteUserAsync(2, Ct);

        Assert.Equal(2, rig.Xapi.TokenRequests.Count);
        Assert.Equal("Bearer token-2", rig.Xapi.ApiCalls[^1].Authorization);
    }
}
