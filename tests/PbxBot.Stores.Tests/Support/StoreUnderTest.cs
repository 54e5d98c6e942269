using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain.Rules;

namespace PbxBot.Stores.Tests.Support;

/// <summary>The two stores the contract suite runs against.</summary>
public enum StoreKind
{
    Sqlite,
    Cosmos,
}

/// <summary>
/// One fresh, empty store of a kind — a SQLite file in a temp folder, or a Cosmos database of its own — seen through
/// the three store interfaces and through <see cref="PbxRepository"/>, the path the wizards take.
/// </summary>
public abstract class StoreUnderTest : IAsyncDisposable
{
    public abstract StoreKind Kind { get; }

    public abstract IPbxStore Pbx { get; }

    public abstract IOutboxStore Outbox { get; }

    public abstract IConversationStore Conversations { get; }

    public RulesService Rules { get; } = new();

    public PbxRepository Repository => new(Pbx, Rules);

    public static async Task<StoreUnderTest> OpenAsync(StoreKind kind, CancellationToken ct) => kind switch
    {
        StoreKind.Sqlite => await SqliteStoreUnderTest.OpenAsync(ct),
        StoreKind.Cosmos => await CosmosStoreUnderTest.OpenAsync(ct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public abstract ValueTask DisposeAsync();
}
