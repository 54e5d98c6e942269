using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PbxBot.Host.Welcome;

namespace PbxBot.Mail.Tests.Support;

/// <summary>A real Kestrel on 127.0.0.1:0 serving only <see cref="WelcomeLinkEndpoints.MapWelcomeLinks"/> over the world's store and clock.</summary>
internal sealed class WelcomeSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private WelcomeSite(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<WelcomeSite> StartAsync(MailWorld world)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(world.Store);
        builder.Services.AddSingleton<TimeProvider>(world.Time);
        builder.Services.AddSingleton<PbxBot.Application.PhoneSystem.IPhoneSystems>(
            new PbxBot.Application.PhoneSystem.DemoPhoneSystems(new PbxBot.Application.Stores.PbxRepository(world.Store, new PbxBot.Domain.Rules.RulesService())));
        var app = builder.Build();
        app.MapWelcomeLinks();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WelcomeSite(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
