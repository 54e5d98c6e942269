using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>Deciding is for admins of the department or the PBX, never the requester: checked on the server, whatever the card says.</summary>
public sealed class AManagerCannotApprove : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("request.approve")]
    [InlineData("request.reject")]
    public async Task TheRequesterPressingApproveOrRejectIsRefused(string verb)
    {
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot);

        var forged = await manager.ForgeAsync(verb, TestPbx.Id, request.Id, reason: "moi-même");

        Assert.Contains("ne pouvez pas décider", forged.InvokeCard().Text);
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnotherManagerOfTheSameDepartmentIsRefusedToo()
    {
        var ct = TestContext.Current.CancellationToken;
        var colleague = ("aad-manager-2", "Mona Manager");
        await bot.Repository.SaveGrantAsync(new Grant { PbxId = TestPbx.Id, UserId = colleague.Item1, DisplayName = colleague.Item2, Role = Role.Managers, Departments = [TestPbx.Support] },
            null, Audit(colleague.Item1), ct);
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var forged = await bot.User(colleague).ForgeAsync("request.approve", TestPbx.Id, request.Id);

        Assert.Contains("ne pouvez pas décider", forged.InvokeCard().Text);
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    private static AuditEntry Audit(string target) => new()
    {
        Id = Guid.NewGuid().ToString("N"), PbxId = TestPbx.Id, At = DateTimeOffset.UtcNow, ActorId = "test", ActorName = "test", Action = "seed", Target = target,
    };
}
