using System.Net;
using System.Text;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class RequestsWithoutABearerTokenAreRefused(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task A_missing_or_malformed_authorization_header_gets_a_bare_401(string? authorization)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");
        using var request = new HttpRequestMessage(HttpMethod.Post, Rig.Host.MessagesUrl)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await Rig.Host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(Rig.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }
}
