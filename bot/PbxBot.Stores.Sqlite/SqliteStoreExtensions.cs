using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Sqlite;

public static class SqliteStoreExtensions
{
    /// <summary>The embedded default store: one SQLite file (<c>Sqlite:Path</c>, default <c>data/pbxbot.db</c>), created at startup.</summary>
    public static IHostApplicationBuilder AddSqliteStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SqliteOptions>().BindConfiguration(SqliteOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Sqlite:Path is required.").ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<SqlitePbxStore>();
        builder.Services.AddSingleton<IPbxStore>(sp => sp.GetRequiredService<SqlitePbxStore>());
        builder.Services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqlitePbxStore>());
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddHostedService<SqliteSchemaInitializer>();
        return builder;
    }
}

/// <summary>Creates the file and the schema at startup, so the first user does not wait for it (and a bad path fails fast).</summary>
internal sealed class SqliteSchemaInitializer(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
