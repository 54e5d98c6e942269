using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Playground.SampleData;

/// <summary>
/// At startup, when the playground is on with sample data, and the embedded store holds no PBX yet: seeds the sample
/// PBX. Never in a real store (Cosmos DB), never over existing data. Runs before the server accepts requests.
/// </summary>
internal sealed class SampleDataSeeder(PlaygroundMode mode, IPbxStore store, PbxRepository repository, TimeProvider time, ILogger<SampleDataSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.SampleDataRefused)
        {
            logger.LogWarning("Playground:SampleData is true but a real store (Cosmos DB) is configured: no sample data is created there.");
        }
        if (!mode.SampleData)
        {
            return;
        }
        var pbxes = await store.QueryAllPbxesAsync<PbxSettings>(new DocumentQuery(DocumentKinds.Settings) { Max = 1 }, cancellationToken);
        if (pbxes.Count > 0)
        {
            return;
        }
        await SamplePbx.SeedAsync(repository, time.GetUtcNow(), cancellationToken);
        logger.LogInformation("Sample data created: the PBX \"{Name}\" and the playground users {Users}. Not for production.",
            SamplePbx.Name, string.Join(", ", PlaygroundUsers.All.Select(u => u.Name)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
