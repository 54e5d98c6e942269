using System.Diagnostics;
using Microsoft.Extensions.Options;
using PbxBot.Application.Stores;
using PbxBot.Stores.Cosmos;
using PbxBot.Stores.Sqlite;
using PbxBot.Stores.Tests.Support;
using PbxBot.Testing.Mail;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// A store that cannot be reached fails with <see cref="StoreUnavailableException"/> — the one error the wizards turn
/// into "try again", keeping their state — quickly, and never with the driver's own exception.
/// </summary>
public abstract class StoreUnavailableIsADomainError
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed class OnSqlite : StoreUnavailableIsADomainError
    {
        [Fact]
        public async Task AFileThatCannotBeCreatedIsUnavailable()
        {
            var folder = Path.Combine(Path.GetTempPath(), "pbxbot-store-contract", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            // A file where the data folder should be: no user, not even root, can create the database under it.
            var blocker = Path.Combine(folder, "data");
            await File.WriteAllTextAsync(blocker, "not a folder", Ct);
            using var database = SqliteStoreUnderTest.At(Path.Combine(blocker, "pbxbot.db"));
            var store = new SqlitePbxStore(database, TimeProvider.System);
            var conversations = new SqliteConversationStore(database, TimeProvider.System);

            var onCommit = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a"))], Ct));
            await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync<Note>(Samples.PbxId, "note-1", Ct));
            await Assert.ThrowsAsync<StoreUnavailableException>(() => conversations.SaveAsync("wizard|x", new Note("a"), null, Ct));

            Assert.Contains(blocker, onCommit.Message, StringComparison.Ordinal);
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public async Task ACreateThatCannotReachTheStoreIsUnavailableNotANumberConflict()
        {
            var folder = Path.Combine(Path.GetTempPath(), "pbxbot-store-contract", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var blocker = Path.Combine(folder, "data");
            await File.WriteAllTextAsync(blocker, "not a folder", Ct);
            using var database = SqliteStoreUnderTest.At(Path.Combine(blocker, "pbxbot.db"));
            var repository = new PbxRepository(new SqlitePbxStore(database, TimeProvider.System), new Domain.Rules.RulesService());

            await Assert.ThrowsAsync<StoreUnavailableException>(() => repository.CreateAsync(200, Ct));
            Directory.Delete(folder, recursive: true);
        }
    }

    public sealed class OnCosmos : StoreUnavailableIsADomainError
    {
        [Fact]
        public async Task AnEndpointWhereNothingListensIsUnavailableWithinTheRequestTimeout()
        {
            using var containers = new CosmosContainers(Options.Create(new CosmosOptions
            {
                Endpoint = $"https://127.0.0.1:{ClosedPort.Get()}/",
                Key = Convert.ToBase64String(new byte[64]),
                AcceptAnyServerCertificate = true,
                Database = "unreachable",
                RequestTimeout = TimeSpan.FromSeconds(2),
            }));
            var store = new CosmosPbxStore(containers, TimeProvider.System);
            var conversations = new CosmosConversationStore(containers, TimeProvider.System);
            var clock = Stopwatch.StartNew();

            await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("note-1", "a"))], Ct));
            await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync<Note>(Samples.PbxId, "note-1", Ct));
            await Assert.ThrowsAsync<StoreUnavailableException>(() => conversations.GetAsync<Note>("wizard|x", Ct));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        }
    }
}
