using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Endpoints;

/// <summary>The status codes of <c>/api/messages</c>, as the Bot Framework SDK's CloudAdapter answers.</summary>
public sealed class EndpointAnswersLikeTheSdk(DevHostFixture fixture) : IClassFixture<DevHostFixture>
{
    private TestBotHost Host => fixture.Host;

    private string ServiceUrl => fixture.Connector.ServiceUrl;

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Methods_other_than_post_get_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "api/messages");

        using var response = await Host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("{not json", "invalid activity JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("\"message\"", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("", "the body is empty")]
    [InlineData("{\"id\":\"1\"}", "has no type")]
    [InlineData("{\"type\":\"\"}", "has no type")]
    [InlineData("{\"type\":5}", "invalid activity JSON")]
    public async Task A_body_that_is_not_an_activity_gets_400_with_the_reason(string body, string reason)
    {
        using var response = await Host.PostAsync(Encoding.UTF8.GetBytes(body), "application/json", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
        Assert.Contains(reason, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_larger_than_the_limit_gets_400_activity_too_large(bool announcedLength)
    {
        var activity = TestActivities.Message(ServiceUrl, new string('x', 300 * 1024));
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages");
        request.Content = announcedLength ? new ByteArrayContent(bytes) : new StreamContent(new ChunkedStream(bytes));
        request.Content.Headers.ContentType = new("application/json");

        using var response = await Host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("activity too large", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_body_that_is_not_json_gets_415(string contentType)
    {
        var activity = TestActivities.Message(ServiceUrl, "aide");

        using var response = await Host.PostAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), contentType, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("endOfConversation")]
    [InlineData("somethingNew")]
    public async Task Activity_types_the_bot_does_not_handle_get_200_without_calling_the_bot(string type)
    {
        var activity = TestActivities.Base(type, ServiceUrl, "msteams");

        using var response = await Host.PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(fixture.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Others_joining_a_conversation_do_not_call_the_bot()
    {
        var activity = TestActivities.Base("conversationUpdate", ServiceUrl, "msteams")
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = "29:someone-else" }));

        using var response = await Host.PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(fixture.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("signin/verifyState")]
    [InlineData("task/fetch")]
    public async Task An_invoke_the_bot_does_not_handle_gets_501(string name)
    {
        var activity = TestActivities.Base("invoke", ServiceUrl, "msteams").With("name", name);

        using var response = await Host.PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("serviceUrl", "no serviceUrl")]
    [InlineData("conversation", "no conversation.id")]
    [InlineData("from", "no from.id")]
    [InlineData("recipient", "no recipient.id")]
    [InlineData("channelId", "no channelId")]
    public async Task A_message_missing_what_a_reply_needs_gets_400_naming_it(string field, string reason)
    {
        var activity = TestActivities.Message(ServiceUrl, "aide");
        activity.Remove(field);

        using var response = await Host.PostActivityAsync(activity, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task A_service_url_that_is_not_http_gets_400(string serviceUrl)
    {
        using var response = await Host.PostActivityAsync(TestActivities.Message(serviceUrl, "aide"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var response = await Host.Http.GetAsync("healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["status"]!.GetValue<string>());
    }

    /// <summary>A stream of unknown length, so the request goes chunked without Content-Length.</summary>
    private sealed class ChunkedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
