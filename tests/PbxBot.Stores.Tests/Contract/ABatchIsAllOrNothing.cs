using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Stores.Tests.Support;

namespace PbxBot.Stores.Tests.Contract;

/// <summary>A commit is one transaction (SQLite) or one TransactionalBatch (Cosmos): a failure anywhere in it leaves nothing behind.</summary>
public abstract class ABatchIsAllOrNothing(StoreKind kind) : StoreContract(kind)
{
    public sealed class OnSqlite() : ABatchIsAllOrNothing(StoreKind.Sqlite);

    public sealed class OnCosmos() : ABatchIsAllOrNothing(StoreKind.Cosmos);

    [Fact]
    public async Task ADuplicateInTheMiddleLeavesNoneOfTheOtherWrites()
    {
        var store = await OpenStoreAsync();
        var etag = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("taken", "old")), new Change.Create(Samples.Note("kept", "old"))], Ct))["kept"];

        var conflict = await Assert.ThrowsAsync<StoreConflictException>(() => store.Pbx.CommitAsync(Samples.PbxId,
        [
            new Change.Create(Samples.Note("before", "new")),
            new Change.Replace(Samples.Note("kept", "new"), etag),
            new Change.Create(Samples.Note("taken", "new")),
            new Change.Create(Samples.Note("after", "new")),
        ], Ct));

        Assert.Equal("taken", conflict.DocumentId);
        Assert.Null(await store.Pbx.GetAsync<Note>(Samples.PbxId, "before", Ct));
        Assert.Null(await store.Pbx.GetAsync<Note>(Samples.PbxId, "after", Ct));
        Assert.Equal(new Stored<Note>(new Note("old"), etag), await store.Pbx.GetAsync<Note>(Samples.PbxId, "kept", Ct));
        Assert.Equal("old", (await store.Pbx.GetAsync<Note>(Samples.PbxId, "taken", Ct))!.Value.Text);
    }

    [Fact]
    public async Task AStaleETagInTheMiddleLeavesNoneOfTheOtherWrites()
    {
        var store = await OpenStoreAsync();
        var stale = (await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Create(Samples.Note("edited", "v1"))], Ct))["edited"];
        await store.Pbx.CommitAsync(Samples.PbxId, [new Change.Replace(Samples.Note("edited", "v2"), stale)], Ct);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => store.Pbx.CommitAsync(Samples.PbxId,
        [
            new Change.Create(Samples.Note("before", "new")),
            new Change.Upsert(Samples.Note("upserted", "new")),
            new Change.Replace(Samples.Note("edited", "v3"), stale),
            new Change.Create(Samples.Note("after", "new")),
        ], Ct));

        Assert.Null(await store.Pbx.GetAsync<Note>(Samples.PbxId, "before", Ct));
        Assert.Null(await store.Pbx.GetAsync<Note>(Samples.PbxId, "upserted", Ct));
        Assert.Null(await store.Pbx.GetAsync<Note>(Samples.PbxId, "after", Ct));
        Assert.Equal("v2", (await store.Pbx.GetAsync<Note>(Samples.PbxId, "edited", Ct))!.Value.Text);
    }

    [Fact]
    public async Task AnExtensionWhoseRequestWasDecidedMeanwhileIsNotCreatedAtAll()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.CreateAsync(200, Ct);
        var request = new ExtensionRequest
        {
            Id = "req-1",
            Reference = "R-0001",
            PbxId = Samples.PbxId,
            RequestedBy = "aad-manager",
            RequestedByName = "Marc Manager",
            RequestedAt = DateTimeOffset.UnixEpoch,
            Draft = new ExtensionDraft { FirstName = "Marie", LastName = "Curie", Department = Samples.General },
        };
        await repository.CreateRequestAsync(request, Samples.Audit("request:req-1"), [], Ct);
        var readByApprover = (await repository.GetRequestAsync(Samples.PbxId, "req-1", Ct))!;
        await repository.UpdateRequestAsync(readByApprover, request with { Status = RequestStatus.Rejected }, Samples.Audit("request:req-1"), [], Ct);
        var numberPlan = await repository.GetUsedNumbersAsync(Samples.PbxId, Ct);
        var auditBefore = await repository.ListAuditAsync(Samples.PbxId, 50, Ct);

        // The approval saves the extension and the request's decision together; the decision's ETag is stale.
        await Assert.ThrowsAsync<StoreConcurrencyException>(() => repository.CreateExtensionAsync(Samples.Extension(201), Samples.Audit("extension:201"),
            [Samples.WelcomeMail("extension:201")], [PbxRepository.RequestChange(readByApprover, request with { Status = RequestStatus.Approved })], Ct));

        Assert.Null(await repository.GetExtensionAsync(Samples.PbxId, "201", Ct));
        var numberPlanAfter = await repository.GetUsedNumbersAsync(Samples.PbxId, Ct);
        Assert.Equal(numberPlan.ETag, numberPlanAfter.ETag);
        Assert.Equal(numberPlan.Value.Intervals, numberPlanAfter.Value.Intervals);
        Assert.Equal(["200"], (await repository.GetDepartmentAsync(Samples.PbxId, Samples.General, Ct))!.Value.Members.Select(m => m.Number));
        Assert.Equal(auditBefore.Count, (await repository.ListAuditAsync(Samples.PbxId, 50, Ct)).Count);
        Assert.Empty(await store.Outbox.ListBySubjectAsync(Samples.PbxId, "extension:201", 10, Ct));
        Assert.Equal(RequestStatus.Rejected, (await repository.GetRequestAsync(Samples.PbxId, "req-1", Ct))!.Value.Status);
    }

    [Fact]
    public async Task ADidAssignedMeanwhileLeavesNoExtensionBehind()
    {
        var store = await OpenStoreAsync();
        var repository = await store.NewPbxAsync(Ct);
        await repository.AddDidsAsync(Samples.PbxId, ["+33180203040"], Ct);
        await repository.CreateExtensionAsync(Samples.Extension(200) with { Did = "+33180203040" }, Samples.Audit("extension:200"), [], null, Ct);

        var taken = await Assert.ThrowsAsync<DidTakenException>(() =>
            repository.CreateExtensionAsync(Samples.Extension(201) with { Did = "+33180203040" }, Samples.Audit("extension:201"), [Samples.WelcomeMail("extension:201")], null, Ct));

        Assert.Equal("+33180203040", taken.Did);
        Assert.Null(await repository.GetExtensionAsync(Samples.PbxId, "201", Ct));
        Assert.Equal("200", (await repository.ListDidsAsync(Samples.PbxId, Ct)).Single().AssignedTo);
    }
}
