using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Stores;
using PbxBot.Host;

namespace PbxBot.Browser.Tests;

/// <summary>
/// The whole bot — the application Program.cs runs — on a loopback port, with a temp SQLite store and mail pickup
/// folder, and (by default) the playground on with its sample data, as a newcomer gets it with <c>dotnet run</c>.
/// </summary>
public sealed class PlaygroundHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;
    private readonly bool ownsFolder;

    private PlaygroundHost(WebApplication app, Uri baseAddress, string folder, bool ownsFolder)
    {
        this.app = app;
        BaseAddress = baseAddress;
        this.folder = folder;
        this.ownsFolder = ownsFolder;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public PbxRepository Repository => Services.GetRequiredService<PbxRepository>();

    public IPbxStore Store => Services.GetRequiredService<IPbxStore>();

    /// <param name="environment">Development turns the playground on by default, as <c>dotnet run</c> does.</param>
    /// <param name="settings">Configuration on top of the defaults; a null value removes a default.</param>
    /// <param name="folder">The data folder to use (to restart on the same store); a fresh temp folder by default.</param>
    /// <param name="listenOn">The address to listen on (loopback by default; another interface's to be reached as from another machine).</param>
    public static async Task<PlaygroundHost> StartAsync(string environment = "Production", Dictionary<string, string?>? settings = null, string? folder = null,
        string listenOn = "127.0.0.1")
    {
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("pbxbot-playground-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["Sqlite:Path"] = Path.Combine(folder, "pbxbot.db"),
            ["Mail:PickupDirectory"] = Path.Combine(folder, "mail"),
            ["Playground:Enabled"] = "true",
            ["Playground:SampleData"] = "true",
            // Production without a bot identity refuses to start unless it is told to run anonymously (fail closed).
            ["Bot:AllowAnonymous"] = "true",
        };
        if (WebChatScript.Path is { } script)
        {
            config["Playground:WebChatScriptPath"] = script;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                config.Remove(key);
            }
            else
            {
                config[key] = value;
            }
        }
        var app = PbxBotApp.Build([$"--urls=http://{listenOn}:0", $"--environment={environment}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new PlaygroundHost(app, new Uri(address.TrimEnd('/') + "/"), folder, ownsFolder);
    }

    public string DataFolder => folder;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (ownsFolder)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file briefly; the temp folder is the OS's to clean.
            }
        }
    }
}
