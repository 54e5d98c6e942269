using PbxBot.Stores.Cosmos;
using PbxBot.Stores.Sqlite;

namespace PbxBot.Host;

public static class StoreSelection
{
    /// <summary>Cosmos DB when <c>Cosmos:Endpoint</c> or <c>Cosmos:ConnectionString</c> is set; otherwise the embedded SQLite file.</summary>
    public static IHostApplicationBuilder AddPbxStores(this IHostApplicationBuilder builder)
    {
        if (UsesCosmos(builder.Configuration))
        {
            builder.AddCosmosStore();
        }
        else
        {
            builder.AddSqliteStore();
        }
        return builder;
    }

    public static bool UsesCosmos(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Cosmos:Endpoint"]) || !string.IsNullOrWhiteSpace(configuration["Cosmos:ConnectionString"]);
}
