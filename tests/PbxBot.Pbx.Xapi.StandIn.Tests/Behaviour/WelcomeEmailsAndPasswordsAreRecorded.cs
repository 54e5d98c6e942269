using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary>What 3CX would e-mail or set is recorded, so a test can prove a welcome e-mail was asked for or a password set.</summary>
public sealed class WelcomeEmailsAndPasswordsAreRecorded
{
    [Fact]
    public async Task APasswordSetOnCreationCanBeCheckedButNotRead()
    {
        var pbx = await TestPbx.NewAsync();
        var id = await pbx.CreateUserAsync("""{ "Number": "105", "AccessPassword": "S3cret!pass" }""");

        var read = (await pbx.GetAsync($"/Users({id})")).Body!;

        Assert.Null(read["AccessPassword"]);
        Assert.True(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "105", "S3cret!pass", TestPbx.Ct));
        Assert.False(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "105", "other", TestPbx.Ct));
        var change = Assert.Single((await pbx.StateAsync()).WebClientPasswords);
        Assert.Equal(("105", "create"), (change.Number, change.How));
    }

    [Fact]
    public async Task APatchedPasswordReplacesTheOldOne()
    {
        var pbx = await TestPbx.NewAsync();
        var id = await pbx.CreateUserAsync("""{ "Number": "105", "AccessPassword": "first-one" }""");

        await pbx.PatchAsync($"/Users({id})", """{ "AccessPassword": "second-one" }""");

        Assert.False(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "105", "first-one", TestPbx.Ct));
        Assert.True(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "105", "second-one", TestPbx.Ct));
    }

    [Fact]
    public async Task SendWelcomeEmailIsRecorded()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync($"/Users({seeded.UserId("101")})/Pbx.SendWelcomeEmail", null);

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        var mail = Assert.Single((await pbx.StateAsync()).WelcomeEmails);
        Assert.Equal(("101", "marie.curie@example.com", "SendWelcomeEmail"), (mail.Number, mail.EmailAddress, mail.Trigger));
    }

    [Fact]
    public async Task WithoutAnAddressThereIsNoWelcomeEmail()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync($"/Users({seeded.UserId("103")})/Pbx.SendWelcomeEmail", null);

        answer.AssertError(HttpStatusCode.BadRequest, "NO_EMAIL_ADDRESS", "EmailAddress");
        Assert.Empty((await pbx.StateAsync()).WelcomeEmails);
    }

    [Fact]
    public async Task RegenerateIssuesANewWebClientPasswordAndSendsTheWelcomeEmail()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();
        var id = seeded.UserId("102");
        await pbx.PatchAsync($"/Users({id})", """{ "AccessPassword": "known-password" }""");

        var answer = await pbx.PostAsync($"/Users({id})/Pbx.Regenerate", """{ "opts": { "WebclientPassword": true, "SendWelcomeEmail": true, "VoicemailPIN": true } }""");

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.False(await pbx.Control.CheckPasswordAsync(pbx.Pbx, "102", "known-password", TestPbx.Ct));
        var state = await pbx.StateAsync();
        Assert.Equal(["patch", "regenerate"], state.WebClientPasswords.Select(p => p.How));
        Assert.Equal("Regenerate", Assert.Single(state.WelcomeEmails).Trigger);
        Assert.True(state.User("102")["@standin.webClientPasswordSet"]!.GetValue<bool>());
        Assert.Matches("^[0-9]{4}$", state.User("102")["VMPIN"]!.GetValue<string>());
    }

    [Fact]
    public async Task RegenerateOptionsAreCheckedAgainstTheSwagger()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.PostAsync($"/Users({seeded.UserId("102")})/Pbx.Regenerate", """{ "opts": { "WebClientPassword": true } }""");

        answer.AssertError(HttpStatusCode.BadRequest, "UNKNOWN_PROPERTY", "opts.WebClientPassword");
    }
}
