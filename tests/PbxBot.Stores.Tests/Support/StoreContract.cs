namespace PbxBot.Stores.Tests.Support;

/// <summary>
/// Base of every contract class: each behaviour is an abstract class with the facts, and one nested subclass per
/// store (<c>OnSqlite</c>, <c>OnCosmos</c>) runs them. Each test gets a fresh store, opened on first use so a
/// missing Cosmos endpoint skips the test with a message naming COSMOS_ENDPOINT.
/// </summary>
public abstract class StoreContract(StoreKind kind) : IAsyncDisposable
{
    private StoreUnderTest? store;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<StoreUnderTest> OpenStoreAsync() => store ??= await StoreUnderTest.OpenAsync(kind, Ct);

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
