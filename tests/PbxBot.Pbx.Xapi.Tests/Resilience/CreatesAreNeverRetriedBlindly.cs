using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Resilience;

/// <summary>
/// A POST whose answer was lost may have created the user, sent the e-mail or regenerated the password: it is sent
/// once, and the caller (who looks the user up first) decides what to do next.
/// </summary>
public sealed class CreatesAreNeverRetriedBlindly
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Posts => ["create user", "create group", "welcome e-mail", "regenerate"];

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_post_answered_503_is_sent_once(string post)
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Status(503);

        await Assert.ThrowsAsync<PbxUnavailableException>(() => PostAsync(rig.Pbx, post));

        Assert.Single(rig.Xapi.ApiCalls);
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_post_whose_connection_failed_is_sent_once(string post)
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = Reply.Fail(new HttpRequestException("Connection reset by peer"));

        var error = await Assert.ThrowsAsync<PbxUnavailableException>(() => PostAsync(rig.Pbx, post));

        Assert.Single(rig.Xapi.ApiCalls);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    private static Task PostAsync(IPhoneSystem pbx, string post) => post switch
    {
        "create user" => pbx.CreateUserAsync(new PbxUserChanges { Number = "105" }, Ct),
        "create group" => pbx.CreateGroupAsync(new PbxGroupChanges { Name = new Set<string>("Ventes") }, Ct),
        "welcome e-mail" => pbx.SendWelcomeEmailAsync(42, Ct),
        _ => pbx.ResetCredentialsAsync(42, sendWelcomeEmail: true, Ct),
    };
}
