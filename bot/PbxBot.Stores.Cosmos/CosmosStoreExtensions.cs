using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;

namespace PbxBot.Stores.Cosmos;

public static class CosmosStoreExtensions
{
    /// <summary>The production store: Azure Cosmos DB for NoSQL (section <c>Cosmos</c>), database and containers created if missing.</summary>
    public static IHostApplicationBuilder AddCosmosStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CosmosOptions>().BindConfiguration(CosmosOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString) || (!string.IsNullOrWhiteSpace(o.Endpoint) && !string.IsNullOrWhiteSpace(o.Key)),
                "Cosmos: set Endpoint and Key, or ConnectionString.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CosmosContainers>();
        builder.Services.AddSingleton<CosmosPbxStore>();
        builder.Services.AddSingleton<IPbxStore>(sp => sp.GetRequiredService<CosmosPbxStore>());
        builder.Services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<CosmosPbxStore>());
        builder.Services.AddSingleton<IConversationStore, CosmosConversationStore>();
        builder.Services.AddHostedService<CosmosInitializer>();
        return builder;
    }
}

/// <summary>Creates the database and containers at startup.</summary>
internal sealed class CosmosInitializer(CosmosContainers containers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => containers.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
