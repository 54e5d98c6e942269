using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using PbxBot.Application.Mail;
using PbxBot.Mail.Tests.Support;

namespace PbxBot.Mail.Tests.Delivery;

/// <summary>
/// With no SMTP host configured (the default) the bot needs no mail server: welcome e-mails are written as .eml
/// files in the pickup folder, complete MIME messages with both bodies.
/// </summary>
public sealed class PickupFolderIsTheDefault
{
    [Fact]
    public void WithoutSmtpHost_TheSenderIsThePickupFolder()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddWelcomeMail();
        using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<PickupDirectoryMailSender>(services.GetRequiredService<IMailSender>());
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "mail-pickup")), ((PickupDirectoryMailSender)services.GetRequiredService<IMailSender>()).Directory);
    }

    [Fact]
    public void WithSmtpHost_TheSenderIsMailKit()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Smtp:Host"] = "smtp.acme.example", ["Smtp:Port"] = "2525", ["Smtp:Security"] = "StartTls" });
        builder.AddWelcomeMail();
        using var services = builder.Services.BuildServiceProvider();

        Assert.IsType<SmtpMailSender>(services.GetRequiredService<IMailSender>());
        var smtp = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOptions>>().Value;
        Assert.Equal((2525, SmtpSecurity.StartTls), (smtp.Port, smtp.Security));
    }

    [Fact]
    public async Task AnEmlFileAppears_ThatParsesWithBothBodies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var queued = await world.CreateExtensionAsync("105", "marie.curie@acme.example");

        await world.Worker(world.Mailer(world.PickupSender())).RunOnceAsync(ct);

        var file = Assert.Single(Directory.GetFiles(world.Mail.PickupDirectory));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var mail = await MimeMessage.LoadAsync(file, ct);
        Assert.Equal($"welcome.{queued.Id}@acme.example", mail.MessageId);
        Assert.Equal("marie.curie@acme.example", mail.To.Mailboxes.Single().Address);
        Assert.Equal("fr", mail.Body!.Headers["Content-Language"]);
        Assert.Contains("Bonjour Marie", mail.TextBody);
        Assert.Contains("Bonjour Marie", mail.HtmlBody);
        Assert.Contains("https://bot.acme.example/welcome/pbx-acme/105?token=", mail.TextBody);
    }
}
