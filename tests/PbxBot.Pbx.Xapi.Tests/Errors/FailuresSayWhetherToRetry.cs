using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Errors;

/// <summary>What the outbox does next depends on the exception: gone (404), come back later (408, 429, 5xx, network), or never (4xx).</summary>
public sealed class FailuresSayWhetherToRetry
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_that_is_gone_is_not_found()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Error(404, "NOT_FOUND", "Entity not found"));

        var error = await Assert.ThrowsAsync<PbxNotFoundException>(() => rig.Pbx.UpdateUserAsync(42, new PbxUserChanges { FirstName = new Set<string>("Marie") }, Ct));

        Assert.Contains("user #42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_that_is_gone_is_not_found()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Status(404));

        await Assert.ThrowsAsync<PbxNotFoundException>(() => rig.Pbx.DeleteGroupAsync(12, Ct));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_busy_pbx_is_unavailable(int status)
    {
        await using var rig = await XapiRig.StartAsync(s => s["Xapi:MaxRetries"] = "0");
        rig.Xapi.Next(Reply.Error(status, "BUSY", "Try again later"));

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.FindUserAsync("105", Ct));

        Assert.Contains("Try again later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_date_becomes_a_delay()
    {
        await using var rig = await XapiRig.StartAsync(s => s["Xapi:MaxRetries"] = "0");
        rig.Xapi.Next(Reply.Status(503, retryAfter: DateTimeOffset.UtcNow.AddSeconds(90).ToString("R")));

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.DeleteUserAsync(7, Ct));

        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(91));
    }

    [Fact]
    public async Task A_pbx_that_cannot_be_reached_is_unavailable()
    {
        await using var rig = await XapiRig.StartAsync(s => s["Xapi:MaxRetries"] = "0");
        rig.Xapi.Answer = Reply.Fail(new HttpRequestException("Name or service not known (pbx.example.test:443)"));

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => rig.Pbx.GetInfoAsync(Ct));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task An_answer_pbxbot_cannot_read_is_unavailable()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Body(200, "{\"value\": 12}", "application/json"));

        await Assert.ThrowsAsync<PbxUnavailableException>(async () =>
        {
            await foreach (var _ in rig.Pbx.ReadUsersAsync(500, Ct))
            {
            }
        });
    }

    [Fact]
    public async Task A_cancelled_call_is_cancelled_not_unavailable()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.ApiDelay = TimeSpan.FromSeconds(30);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.Pbx.DeleteUserAsync(7, cancel.Token));
    }
}
