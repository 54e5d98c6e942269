using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Channel;

namespace PbxBot.Testing.Channel;

/// <summary>How to build a <see cref="TestBotHost"/>: configuration, services and endpoints, each by callback.</summary>
public sealed class TestBotHostBuilder
{
    internal List<Action<IServiceCollection>> ServiceActions { get; } = [];

    internal List<Action<WebApplication>> AppActions { get; } = [];

    /// <summary>Configuration keys, e.g. <c>["Bot:MicrosoftAppId"] = "…"</c>. Nothing else is read (no appsettings, no env).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public TestBotHostBuilder UseBot(IBot bot) => ConfigureServices(s => s.AddSingleton(bot));

    public TestBotHostBuilder UseTimeProvider(TimeProvider time) => ConfigureServices(s => s.AddSingleton(time));

    public TestBotHostBuilder ConfigureServices(Action<IServiceCollection> configure)
    {
        ServiceActions.Add(configure);
        return this;
    }

    /// <summary>Runs after <c>MapBotChannel</c>: more endpoints or middleware (e.g. the playground).</summary>
    public TestBotHostBuilder ConfigureApp(Action<WebApplication> configure)
    {
        AppActions.Add(configure);
        return this;
    }
}

/// <summary>
/// The bot's HTTP surface on a real Kestrel server (127.0.0.1, free port) with <c>AddBotChannel</c> and
/// <c>MapBotChannel</c>; the test supplies the <see cref="IBot"/> and options. Without an
/// <see cref="IConversationStore"/> an <see cref="InMemoryConversationStore"/> is used.
/// </summary>
public sealed class TestBotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestBotHost(WebApplication app, Uri baseAddress, RecordingLoggerProvider logs)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public Uri MessagesUrl => new(BaseAddress, "api/messages");

    public IServiceProvider Services => app.Services;

    public RecordingLoggerProvider Logs { get; }

    /// <summary>A client for the host (base address set).</summary>
    public HttpClient Http { get; }

    public static async Task<TestBotHost> StartAsync(Action<TestBotHostBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new TestBotHostBuilder();
        configure?.Invoke(options);

        var builder = LoopbackServer.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(options.Settings);
        var logs = new RecordingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("PbxBot", LogLevel.Debug);

        builder.AddBotChannel();
        foreach (var action in options.ServiceActions)
        {
            action(builder.Services);
        }
        builder.Services.TryAddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetService<TimeProvider>()));

        var app = builder.Build();
        app.MapBotChannel();
        foreach (var action in options.AppActions)
        {
            action(app);
        }
        var baseAddress = await LoopbackServer.StartAsync(app, cancellationToken);
        return new TestBotHost(app, baseAddress, logs);
    }

    /// <summary>POSTs an activity to <c>/api/messages</c>, with <c>Authorization: Bearer</c> when a token is given.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? bearerToken = null, CancellationToken cancellationToken = default) =>
        PostAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), "application/json", bearerToken, cancellationToken);

    /// <summary>POSTs raw bytes to <c>/api/messages</c> (malformed payloads).</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? contentType, string? bearerToken = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }
        return await Http.SendAsync(request, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
