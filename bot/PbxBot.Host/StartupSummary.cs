using Microsoft.Extensions.Options;
using PbxBot.Application.Mail;
using PbxBot.Application.PhoneSystem;
using PbxBot.Channel;
using PbxBot.Mail;
using PbxBot.Stores.Cosmos;
using PbxBot.Stores.Sqlite;

namespace PbxBot.Host;

/// <summary>
/// One line at start-up saying how this instance runs — authentication, app type and tenant, store, mailer, PBX
/// connections — so that a misconfiguration shows at a glance in the first log line. Never a secret.
/// </summary>
internal sealed class StartupSummary(
    IOptions<BotOptions> bot,
    IOptions<SqliteOptions> sqlite,
    IOptions<CosmosOptions> cosmos,
    IOptions<SmtpOptions> smtp,
    IOptions<MailOptions> mail,
    IPhoneSystems phoneSystems,
    IConfiguration configuration,
    ILogger<StartupSummary> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("PbxBot: {Authentication}; store {Store}; mail {Mail}; PBX {Pbx}", Authentication(), Store(), Mail(), Pbx());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Authentication()
    {
        var b = bot.Value;
        if (!b.AuthenticationEnabled)
        {
            return "authentication OFF";
        }
        var tenant = b.MicrosoftAppType == BotAppType.MultiTenant ? "" : $", tenant {b.MicrosoftAppTenantId}";
        return $"authentication on (app {b.MicrosoftAppId}, {b.MicrosoftAppType}{tenant})";
    }

    private string Store()
    {
        if (!StoreSelection.UsesCosmos(configuration))
        {
            return $"SQLite {Path.GetFullPath(sqlite.Value.Path)}";
        }
        // The account's host only: a connection string carries the key.
        var endpoint = cosmos.Value.Endpoint ?? CosmosOptions.EndpointOf(cosmos.Value.ConnectionString);
        var host = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.Authority : "?";
        return $"Cosmos DB {host}, database {cosmos.Value.Database}";
    }

    private string Mail() => smtp.Value.IsConfigured
        ? $"SMTP {smtp.Value.Host}:{smtp.Value.Port} ({smtp.Value.Security})"
        : $"pickup folder {Path.GetFullPath(mail.Value.PickupDirectory)}";

    private string Pbx() => phoneSystems.Connected.Count == 0
        ? "none connected (demo: nothing is sent to a 3CX)"
        : string.Join(", ", phoneSystems.Connected.Select(p => $"{p.PbxId} → {p.Url.GetLeftPart(UriPartial.Authority)}{p.Url.AbsolutePath.TrimEnd('/')}"));
}
