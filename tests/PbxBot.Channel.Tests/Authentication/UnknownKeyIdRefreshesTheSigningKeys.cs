using System.Net;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class UnknownKeyIdRefreshesTheSigningKeys
{
    [Fact]
    public async Task A_token_signed_with_a_key_published_after_the_keys_were_cached_is_accepted_after_one_refresh()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await BotFrameworkRig.StartAsync();
        using (var first = await rig.PostAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
        var keyFetchesBefore = rig.ChannelAuthority.KeySetRequests;

        // Key rotation: the authority publishes a new key and the channel starts signing with it.
        using var rotated = TestSigningKey.Create("msteams");
        rig.ChannelAuthority.Publish(rotated);
        var activity = TestActivities.Message(rig.Connector.ServiceUrl, "aide");
        var token = TokenForge.Sign(TokenForge.Channel(BotFrameworkRig.AppId, rig.Connector.ServiceUrl), rotated);

        using var response = await rig.Host.PostActivityAsync(activity, token, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(keyFetchesBefore + 1, rig.ChannelAuthority.KeySetRequests);
    }

    [Fact]
    public async Task Known_key_ids_are_served_from_the_cache()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await BotFrameworkRig.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            using var response = await rig.PostAsync(TestActivities.Message(rig.Connector.ServiceUrl, "aide"), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, rig.ChannelAuthority.MetadataRequests);
        Assert.Equal(1, rig.ChannelAuthority.KeySetRequests);
    }
}
