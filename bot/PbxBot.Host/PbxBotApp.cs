using PbxBot.Application;
using PbxBot.Channel;
using PbxBot.Host.Files;
using PbxBot.Host.Welcome;
using PbxBot.Mail;
using PbxBot.Pbx.Xapi;
using PbxBot.Playground;

namespace PbxBot.Host;

/// <summary>
/// Builds the PbxBot web application: the channel, a store, the mailer, the wizards, the playground. Program.cs
/// runs it; tests build the very same application with their own configuration and services.
/// </summary>
public static class PbxBotApp
{
    /// <param name="args">Command-line arguments (also how tests pass <c>--urls</c> and settings).</param>
    /// <param name="configure">Last-minute changes before the app is built (tests replace services or add settings).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddBotChannel();
        builder.AddPbxStores();
        builder.AddWelcomeMail();
        builder.AddPbxBotApplication();
        builder.AddXapiConnector();
        builder.AddPlayground(isRealStore: StoreSelection.UsesCosmos);
        builder.Services.AddHostedService<StartupSummary>();
        configure?.Invoke(builder);

        var app = builder.Build();

        app.MapBotChannel();
        app.MapWelcomeLinks();
        app.MapFileLinks();
        app.MapPlayground();
        return app;
    }
}
