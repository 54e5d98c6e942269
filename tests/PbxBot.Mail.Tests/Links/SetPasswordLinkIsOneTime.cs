using System.Net;
using PbxBot.Application.Mail;
using PbxBot.Host.Welcome;
using PbxBot.Mail.Tests.Credentials;
using PbxBot.Mail.Tests.Support;

namespace PbxBot.Mail.Tests.Links;

/// <summary>
/// The welcome e-mail's link, over HTTP: it shows a form to choose the web client password (12 characters at
/// least), stores only a PBKDF2 hash of it, and works once; a used, replaced, forged or expired link gets a 410
/// page saying to ask the helpdesk for a new e-mail.
/// </summary>
public sealed class SetPasswordLinkIsOneTime
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task TheLinkShowsTheForm_StoresOnlyAHash_AndThenStopsWorking()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var link = await DeliveredLinkAsync(world);
        await using var site = await WelcomeSite.StartAsync(world);

        using var page = await site.Client.GetAsync(link.PathAndQuery, ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(ct));
        Assert.Contains("Choisissez votre mot de passe", html);
        Assert.Contains("Extension 105 — Marie Curie, Acme Téléphonie", html);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());

        using var saved = await PostAsync(site, link, Password, Password, ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Mot de passe enregistré", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync(ct)));
        var extension = (await world.ExtensionAsync("105")).Value;
        Assert.Null(extension.Credential);
        Assert.True(WebClientPasswords.Verify(Password, extension.WebClientPasswordHash!));
        Assert.DoesNotContain(Password, extension.WebClientPasswordHash, StringComparison.Ordinal);

        using var again = await site.Client.GetAsync(link.PathAndQuery, ct);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("renvoyer l'e-mail de bienvenue", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync(ct)));
        using var secondUse = await PostAsync(site, link, "another password!", "another password!", ct);
        Assert.Equal(HttpStatusCode.Gone, secondUse.StatusCode);
        Assert.True(WebClientPasswords.Verify(Password, (await world.ExtensionAsync("105")).Value.WebClientPasswordHash!));
    }

    [Theory]
    [InlineData("short pass", "short pass", "au moins 12 caractères")]
    [InlineData("long enough password", "another long password", "ne sont pas identiques")]
    public async Task ABadPassword_ShowsTheFormAgain_AndKeepsTheLink(string password, string confirm, string error)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var link = await DeliveredLinkAsync(world);
        await using var site = await WelcomeSite.StartAsync(world);

        using var refused = await PostAsync(site, link, password, confirm, ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(error, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(ct)));
        var extension = (await world.ExtensionAsync("105")).Value;
        Assert.NotNull(extension.Credential);
        Assert.Null(extension.WebClientPasswordHash);
    }

    [Fact]
    public async Task AnExpiredLink_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var link = await DeliveredLinkAsync(world);
        await using var site = await WelcomeSite.StartAsync(world);
        world.Time.Advance(TimeSpan.FromDays(7));

        using var page = await site.Client.GetAsync(link.PathAndQuery, ct);
        using var post = await PostAsync(site, link, Password, Password, ct);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Null((await world.ExtensionAsync("105")).Value.WebClientPasswordHash);
    }

    [Theory]
    [InlineData("/welcome/pbx-acme/105?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/welcome/pbx-acme/105")]
    [InlineData("/welcome/pbx-acme/999?token={token}")]
    [InlineData("/welcome/pbx-other/105?token={token}")]
    public async Task AForgedOrMisdirectedLink_IsRefused(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var link = await DeliveredLinkAsync(world);
        await using var site = await WelcomeSite.StartAsync(world);

        using var page = await site.Client.GetAsync(path.Replace("{token}", link.Query["?token=".Length..], StringComparison.Ordinal), ct);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
    }

    [Fact]
    public async Task AResend_KillsTheLinkOfThePreviousMail()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var link = await DeliveredLinkAsync(world);
        await using var site = await WelcomeSite.StartAsync(world);
        var helpdesk = new Domain.Operator("helpdesk-1", "Hélène Desk", new Domain.Grant { PbxId = MailWorld.PbxId, UserId = "helpdesk-1", Helpdesk = true });

        await world.Service().QueueResendAsync(MailWorld.PbxId, await world.ExtensionAsync("105"), null, helpdesk, null, null, ct);

        using var page = await site.Client.GetAsync(link.PathAndQuery, ct);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
    }

    /// <summary>Creates extension 105 and delivers its welcome e-mail; returns the link it carried.</summary>
    private static async Task<Uri> DeliveredLinkAsync(MailWorld world)
    {
        await world.CreateExtensionAsync("105", "marie@acme.example");
        var mailer = new RecordingMailer();
        await world.Worker(mailer).RunOnceAsync(TestContext.Current.CancellationToken);
        var link = Assert.Single(mailer.Sent).SetPasswordLink;
        Assert.Equal(WelcomeLinkState.Valid, WelcomeTokens.Check((await world.ExtensionAsync("105")).Value.Credential, OnlyTheTokenHashIsStored.TokenOf(mailer.Sent[0]), world.Time.GetUtcNow()));
        return link;
    }

    private static Task<HttpResponseMessage> PostAsync(WelcomeSite site, Uri link, string password, string confirm, CancellationToken ct) =>
        site.Client.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = link.Query["?token=".Length..],
            ["password"] = password,
            ["confirm"] = confirm,
        }), ct);
}
