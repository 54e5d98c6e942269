using System.Net;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Authentication;

public sealed class OnlyRsaSignedTokensAreAccepted(RigFixture fixture) : IClassFixture<RigFixture>
{
    private BotFrameworkRig Rig => fixture.Rig;

    private TokenSpec ValidSpec => TokenForge.Channel(BotFrameworkRig.AppId, Rig.Connector.ServiceUrl);

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        await AssertRefusedAsync(TokenForge.Unsigned(ValidSpec));

    [Fact]
    public async Task An_hs256_token_keyed_with_the_published_public_key_is_refused() =>
        await AssertRefusedAsync(TokenForge.SignWithHmac(ValidSpec, Rig.ChannelKey.PublicKeyBytes, Rig.ChannelKey.KeyId));

    [Fact]
    public async Task A_token_whose_payload_was_altered_after_signing_is_refused()
    {
        var parts = TokenForge.Sign(ValidSpec, Rig.ChannelKey).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(BotFrameworkRig.AppId, "someone-else", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        await AssertRefusedAsync(tampered);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_nobody_published_is_refused()
    {
        using var rogue = TestSigningKey.Create("msteams");

        await AssertRefusedAsync(TokenForge.Sign(ValidSpec, rogue));
    }

    private async Task AssertRefusedAsync(string token)
    {
        var activity = TestActivities.Message(Rig.Connector.ServiceUrl, "aide");

        using var response = await Rig.Host.PostActivityAsync(activity, token, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Rig.Bot.Turns, t => t.ActivityId == activity["id"]!.GetValue<string>());
    }
}
