using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Mail.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Delivery;

/// <summary>
/// <c>AddWelcomeMail()</c> and <c>AddOutbox()</c> wire a host that delivers on its own: the hosted worker, woken by
/// the signal after a save, writes the welcome e-mail to the pickup folder; the <c>Outbox</c> section is bound.
/// </summary>
public sealed class WiredLikeTheBot
{
    [Fact]
    public async Task AHostWithBothExtensions_DeliversASavedExtensionsWelcomeEmail()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await MailWorld.CreateAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:PickupDirectory"] = world.Mail.PickupDirectory,
            ["Mail:PublicBaseUrl"] = "https://bot.acme.example",
            ["Smtp:From"] = "pbxbot@acme.example",
            ["Outbox:MaxAttempts"] = "3",
        });
        builder.Services.AddSingleton(world.Store);
        builder.Services.AddSingleton(world.Outbox);
        builder.Services.AddSingleton<IProactiveMessenger>(world.Messenger);
        builder.Services.AddSingleton<TimeProvider>(world.Time);
        builder.AddWelcomeMail();
        builder.Services.AddOutbox();
        using var host = builder.Build();
        await host.StartAsync(ct);

        Assert.Equal(3, host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.MaxAttempts);
        var queued = await world.CreateExtensionAsync("105", "marie@acme.example");
        host.Services.GetRequiredService<IOutboxSignal>().Notify();

        await Eventually.TrueAsync(() => Directory.Exists(world.Mail.PickupDirectory) && Directory.GetFiles(world.Mail.PickupDirectory, "*.eml").Length == 1, "the .eml file", ct);
        var mail = await MimeMessage.LoadAsync(Directory.GetFiles(world.Mail.PickupDirectory, "*.eml")[0], ct);
        Assert.Equal($"welcome.{queued.Id}@acme.example", mail.MessageId);
        Assert.StartsWith("https://bot.acme.example/welcome/pbx-acme/105?token=", RealSmtpDeliversTheWelcomeEmail.TokenLine(mail), StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await world.MessageAsync(queued.Id)).Status == OutboxStatus.Sent, "sent recorded", ct);
        await host.StopAsync(ct);
    }
}
