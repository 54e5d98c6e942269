using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PbxBot.Channel;

namespace PbxBot.Playground;

/// <summary>
/// Whether the playground is on, and whether it may seed sample data, decided once from the final configuration:
/// on by default in Development only, never by default for a registered bot, and no sample data in a real store.
/// </summary>
public sealed class PlaygroundMode
{
    internal PlaygroundMode(IOptions<PlaygroundOptions> options, IOptions<BotOptions> bot, IHostEnvironment environment, IConfiguration configuration,
        Func<IConfiguration, bool> isRealStore)
    {
        var playground = options.Value;
        Enabled = playground.Enabled ?? (environment.IsDevelopment() && !bot.Value.AuthenticationEnabled);
        RealStore = isRealStore(configuration);
        SampleData = Enabled && (playground.SampleData ?? true) && !RealStore;
        SampleDataRefused = RealStore && playground.SampleData == true;
    }

    public bool Enabled { get; }

    /// <summary>Seed the sample PBX when the store holds none yet.</summary>
    public bool SampleData { get; }

    /// <summary>True when the store is a real one (Cosmos DB): sample data never goes there.</summary>
    public bool RealStore { get; }

    /// <summary>Sample data was asked for explicitly but the store is a real one (logged at startup).</summary>
    internal bool SampleDataRefused { get; }
}
