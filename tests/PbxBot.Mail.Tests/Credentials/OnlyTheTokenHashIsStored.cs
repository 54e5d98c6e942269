using System.Text.Json;
using PbxBot.Application.Mail;
using PbxBot.Application.Stores;
using PbxBot.Mail.Tests.Support;

namespace PbxBot.Mail.Tests.Credentials;

/// <summary>
/// No plaintext secret is stored: the set-password token is made when the mail is sent and only its SHA-256 hash
/// (with issue and expiry times) is kept on the extension. Each attempt issues a new token, so only the link
/// actually delivered last works.
/// </summary>
public sealed class OnlyTheTokenHashIsStored
{
    [Fact]
    public async Task TheLinkTokenVerifies_AgainstAHash_AndIsNowhereInTheStore()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        await world.CreateExtensionAsync("105", "marie@acme.example");
        var mailer = new RecordingMailer();

        await world.Worker(mailer).RunOnceAsync(ct);

        var token = TokenOf(Assert.Single(mailer.Sent));
        var extension = await world.ExtensionAsync("105");
        var credential = Assert.IsType<Domain.WelcomeCredential>(extension.Value.Credential);
        Assert.Equal(WelcomeLinkState.Valid, WelcomeTokens.Check(credential, token, world.Time.GetUtcNow()));
        Assert.Equal(world.Time.GetUtcNow(), credential.IssuedAt);
        Assert.Equal(world.Time.GetUtcNow() + TimeSpan.FromDays(7), credential.ExpiresAt);
        Assert.DoesNotContain(token, JsonSerializer.Serialize(extension.Value, StoreJson.Options), StringComparison.Ordinal);
        Assert.NotEqual(token, credential.TokenHash);
        Assert.Equal(43, token.Length);
    }

    [Fact]
    public async Task ARetryIssuesANewToken_AndTheUndeliveredOneDoesNotWork()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var queued = await world.CreateExtensionAsync("105", "marie@acme.example");
        var attempted = new List<WelcomeEmail>();
        var mailer = new RecordingMailer
        {
            Before = email =>
            {
                attempted.Add(email);
                return attempted.Count == 1 ? throw new IOException("connection lost") : Task.CompletedTask;
            },
        };
        var worker = world.Worker(mailer);

        await worker.RunOnceAsync(ct);
        world.AdvanceUntilDue(await world.MessageAsync(queued.Id));
        await worker.RunOnceAsync(ct);

        Assert.Equal(2, attempted.Count);
        var credential = (await world.ExtensionAsync("105")).Value.Credential;
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(credential, TokenOf(attempted[0]), world.Time.GetUtcNow()));
        Assert.Equal(WelcomeLinkState.Valid, WelcomeTokens.Check(credential, TokenOf(attempted[1]), world.Time.GetUtcNow()));
    }

    [Fact]
    public void AnExpiredOrForgedToken_IsRefused()
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var (token, credential) = WelcomeTokens.Issue(now, TimeSpan.FromDays(7));

        Assert.Equal(WelcomeLinkState.Valid, WelcomeTokens.Check(credential, token, now.AddDays(7).AddTicks(-1)));
        Assert.Equal(WelcomeLinkState.Expired, WelcomeTokens.Check(credential, token, now.AddDays(7)));
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(credential, token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), now));
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(credential, "not base64url!", now));
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(credential, null, now));
        Assert.Equal(WelcomeLinkState.Invalid, WelcomeTokens.Check(null, token, now));
    }

    internal static string TokenOf(WelcomeEmail email) =>
        email.SetPasswordLink.Query["?token=".Length..];
}
