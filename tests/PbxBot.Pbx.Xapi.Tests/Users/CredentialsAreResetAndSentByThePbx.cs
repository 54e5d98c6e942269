using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Users;

/// <summary>3CX's welcome e-mail, the console's "Réinitialiser" (Pbx.Regenerate) and PbxBot's own set-password page.</summary>
public sealed class CredentialsAreResetAndSentByThePbx
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_welcome_email_is_the_user_s_send_welcome_email_action()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.SendWelcomeEmailAsync(42, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("POST", "/xapi/v1/Users(42)/Pbx.SendWelcomeEmail", null), (call.Method, call.Path, call.Body));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reset_regenerates_the_web_client_password_only_and_mails_it_when_asked(bool sendWelcomeEmail)
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.ResetCredentialsAsync(42, sendWelcomeEmail, Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("POST", "/xapi/v1/Users(42)/Pbx.Regenerate"), (call.Method, call.Path));
        AUserIsWrittenInTheSwaggersShape.AssertJson($$"""
            {"opts":{"WebclientPassword":true,"SendWelcomeEmail":{{(sendWelcomeEmail ? "true" : "false")}},"SipAuth":false,"DeskphonePassword":false,
                     "VoicemailPIN":false,"RpsKey":false,"ConfigurationLink":false} }
            """, call.Json);
    }

    [Fact]
    public async Task The_web_client_password_is_the_user_s_access_password()
    {
        await using var rig = await XapiRig.StartAsync();

        await rig.Pbx.SetWebClientPasswordAsync(42, "Ch0sen-by-Marie!", Ct);

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal(("PATCH", "/xapi/v1/Users(42)"), (call.Method, call.Path));
        AUserIsWrittenInTheSwaggersShape.AssertJson("""{"AccessPassword":"Ch0sen-by-Marie!"}""", call.Json);
    }
}
