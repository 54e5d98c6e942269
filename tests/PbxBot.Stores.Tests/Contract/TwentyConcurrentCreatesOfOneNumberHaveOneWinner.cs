using PbxBot.Application.Stores;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>
/// Twenty operators confirm the same number at the same moment: exactly one extension is created, with one audit
/// entry and one welcome e-mail; the nineteen others are told the number was taken and which is next free.
/// </summary>
public abstract class TwentyConcurrentCreatesOfOneNumberHaveOneWinner(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : TwentyConcurrentCreatesOfOneNumberHaveOneWinner(StoreKind.Sqlite);

    public sealed class OnCosmos() : TwentyConcurrentCreatesOfOneNumberHaveOneWinner(StoreKind.Cosmos);

    [Fact]
    public Task OnANewPbx() => RaceAsync(withEarlierExtensions: false);

    [Fact]
    public Task OnAPbxThatHasANumberPlan() => RaceAsync(withEarlierExtensions: true);

    private async Task RaceAsync(bool withEarlierExtensions)
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        if (withEarlierExtensions)
        {
            await repository.CreateAsync(200, Ct);
        }
        using var start = new SemaphoreSlim(0);

        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync(Ct);
            var extension = Samples.Extension(210, $"Operator{i}", "Racer");
            try
            {
                await repository.CreateExtensionAsync(extension, Samples.Audit("extension:210"), [Samples.WelcomeMail("extension:210")], null, Ct);
                return (Won: true, Taken: (NumberTakenException?)null, Name: extension.FirstName);
            }
            catch (NumberTakenException e)
            {
                return (Won: false, Taken: e, Name: extension.FirstName);
            }
        }, Ct)).ToArray();
        start.Release(20);
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, o => o.Won);
        Assert.All(outcomes.Where(o => !o.Won), o => Assert.Equal(("210", withEarlierExtensions ? "201" : "200"), (o.Taken!.Number, o.Taken.NextFree)));
        Assert.Equal(winner.Name, (await repository.GetExtensionAsync(Samples.PbxId, "210", Ct))!.Value.FirstName);
        Assert.Single(await repository.ListAuditAsync(Samples.PbxId, 100, Ct), a => a.Target == "extension:210");
        Assert.Single(await store.Outbox.ListBySubjectAsync(Samples.PbxId, "extension:210", 100, Ct));
        Assert.Single((await repository.GetDepartmentAsync(Samples.PbxId, Samples.General, Ct))!.Value.Members, m => m.Number == "210");
        Assert.True((await repository.GetUsedNumbersAsync(Samples.PbxId, Ct)).Value.Contains(210));
    }
}
