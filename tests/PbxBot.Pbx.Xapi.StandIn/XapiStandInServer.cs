using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PbxBot.Pbx.Xapi.StandIn.Control;
using PbxBot.Pbx.Xapi.StandIn.Hosting;

namespace PbxBot.Pbx.Xapi.StandIn;

/// <summary>Options of an in-process stand-in.</summary>
public sealed record StandInOptions
{
    /// <summary>3CX's swagger; by default <c>shared/3cx/xapi-swagger.yaml</c> found above the app's folder.</summary>
    public string? SwaggerPath { get; init; }

    /// <summary>The clock tokens expire by (a <c>FakeTimeProvider</c> in tests); the system clock by default.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Seed the default tenant with the demo PBX and its fixed credentials.</summary>
    public bool Demo { get; init; }
}

/// <summary>A started stand-in: where it listens, its control client, and how to stop it.</summary>
public sealed class RunningStandIn : IAsyncDisposable
{
    private readonly WebApplication app;

    internal RunningStandIn(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Control = new StandInControl(new HttpClient(), baseUrl);
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c> (also the default tenant's base).</summary>
    public Uri BaseUrl { get; }

    public StandInControl Control { get; }

    public async Task StopAsync(CancellationToken cancellationToken = default) => await app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await app.DisposeAsync();
    }
}

/// <summary>Starts the stand-in in-process on 127.0.0.1 with a free port.</summary>
public static class XapiStandInServer
{
    public static async Task<RunningStandIn> StartAsync(StandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = StandInApp.Build(builder, options ?? new StandInOptions());
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RunningStandIn(app, new Uri(address.TrimEnd('/') + "/"));
    }
}
