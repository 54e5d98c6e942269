using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Nothing in a card's data is trusted: an Action.Execute payload naming another PBX, a request of another PBX, a
/// department the actor does not act for, or a role at or above the actor's is refused on the server.
/// </summary>
public sealed class AForgedPayloadIsRefused : IAsyncLifetime
{
    private const string OtherPbx = "pbx-other";
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task ApprovingARequestOfAnotherPbxIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var other = await SeedOtherPbxRequestAsync();

        var forged = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.approve", OtherPbx, other.Id);
        var disguised = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.approve", TestPbx.Id, other.Id);

        Assert.Contains("n'existe pas", forged.InvokeCard().Text);
        Assert.Contains("n'existe pas", disguised.InvokeCard().Text);
        Assert.Equal(RequestStatus.Pending, (await bot.Repository.GetRequestAsync(OtherPbx, other.Id, ct))!.Value.Status);
        Assert.Null(await bot.Repository.GetExtensionAsync(OtherPbx, "200", ct));
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "200", ct));
    }

    [Fact]
    public async Task RequestingARoleAtTheManagersOwnLevelIsRefused()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        await manager.SayAsync("demander une extension");
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });

        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["role"] = "managers", ["reason"] = "promotion" });

        Assert.NotNull(manager.LastCard!.ErrorFor("role"));
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["role"] = "system_owners", ["reason"] = "promotion" });
        Assert.NotNull(manager.LastCard!.ErrorFor("role"));
        Assert.Empty(await bot.Repository.ListRequestsAsync(TestPbx.Id, null, null, 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RequestingForADepartmentTheManagerDoesNotManageIsRefused()
    {
        var manager = bot.User(TestPbx.Users.Manager);
        await manager.SayAsync("demander une extension");
        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["firstName"] = "Ada", ["lastName"] = "Lovelace" });

        await manager.PressAsync("Suivant", new Dictionary<string, string> { ["department"] = TestPbx.Sales, ["reason"] = "renfort" });

        Assert.NotNull(manager.LastCard!.ErrorFor("department"));
        Assert.Empty(await bot.Repository.ListRequestsAsync(TestPbx.Id, null, null, 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ADepartmentAdminCannotApproveForAnotherDepartment()
    {
        var request = await StoreRequestAsync(TestPbx.Sales, Role.Users);

        var forged = await bot.User(TestPbx.Users.SupportAdmin).ForgeAsync("request.approve", TestPbx.Id, request.Id);

        Assert.Contains("ne pouvez pas décider", forged.InvokeCard().Text);
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    [Fact]
    public async Task ARequestedRoleAtTheApproversOwnLevelIsRefusedAtApproval()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = await StoreRequestAsync(TestPbx.Support, Role.GroupAdmins);

        var refused = await bot.User(TestPbx.Users.SupportAdmin).ForgeAsync("request.approve", TestPbx.Id, request.Id);

        Assert.NotNull(refused.InvokeCard().ErrorFor("request"));
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));

        var byAdmin = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.approve", TestPbx.Id, request.Id);
        Assert.Contains("Approuvée par Alice Admin", byAdmin.InvokeCard().Text);
    }

    [Fact]
    public async Task AForgedNumberIsCheckedByTheRules()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var refused = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.approve", TestPbx.Id, request.Id, number: "112");

        Assert.Contains("112", refused.InvokeCard().ErrorFor("request"));
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
        Assert.Null(await bot.Repository.GetExtensionAsync(TestPbx.Id, "112", ct));
    }

    [Fact]
    public async Task ARefreshShowsTheRequestOnlyToItsApproversAndItsRequester()
    {
        var request = await StoreRequestAsync(TestPbx.Sales, Role.Users);

        var byHelpdesk = await bot.User(TestPbx.Users.Helpdesk).ForgeAsync("request.refresh", TestPbx.Id, request.Id);
        var bySupportAdmin = await bot.User(TestPbx.Users.SupportAdmin).ForgeAsync("request.refresh", TestPbx.Id, request.Id);
        var byRequester = await bot.User(TestPbx.Users.Manager).ForgeAsync("request.refresh", TestPbx.Id, request.Id);
        var byAdmin = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.refresh", TestPbx.Id, request.Id);

        Assert.DoesNotContain("Lovelace", byHelpdesk.InvokeCard().Text);
        Assert.DoesNotContain("Lovelace", bySupportAdmin.InvokeCard().Text);
        Assert.Contains("Lovelace", byRequester.InvokeCard().Text);
        Assert.Contains("Lovelace", byAdmin.InvokeCard().Text);
    }

    [Fact]
    public async Task ARejectionReasonLongerThanTheCardAllowsIsRefused()
    {
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);

        var refused = await bot.User(TestPbx.Users.Admin).ForgeAsync("request.reject", TestPbx.Id, request.Id, reason: new string('x', 501));

        Assert.NotNull(refused.InvokeCard().ErrorFor("request"));
        Assert.Equal(RequestStatus.Pending, (await bot.ReloadAsync(request)).Status);
    }

    /// <summary>A request as a forged client could have got stored (the wizard would not let a manager ask this).</summary>
    private async Task<ExtensionRequest> StoreRequestAsync(string department, Role role, string pbxId = TestPbx.Id)
    {
        var id = Guid.NewGuid().ToString("N");
        var request = new ExtensionRequest
        {
            Id = id,
            Reference = "R-" + id[..6].ToUpperInvariant(),
            PbxId = pbxId,
            RequestedBy = TestPbx.Users.Manager.Id,
            RequestedByName = TestPbx.Users.Manager.Name,
            RequestedAt = DateTimeOffset.UtcNow,
            Draft = new ExtensionDraft { FirstName = "Ada", LastName = "Lovelace", Department = department, Role = role },
            Reason = "test",
        };
        await bot.Repository.CreateRequestAsync(request, Audit(pbxId, id), [], TestContext.Current.CancellationToken);
        return request;
    }

    private async Task<ExtensionRequest> SeedOtherPbxRequestAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await bot.Repository.SaveSettingsAsync(TestPbx.Settings with { Id = OtherPbx, DisplayName = "Autre cabinet", DialPlan = DialPlan.Single(200, 299) }, null, ct);
        await bot.Repository.CreateDepartmentAsync(new Department { Key = TestPbx.General, Name = "Général", IsDefault = true }, Audit(OtherPbx, "general"), ct);
        return await StoreRequestAsync(TestPbx.General, Role.Users, OtherPbx);
    }

    private static AuditEntry Audit(string pbxId, string target) => new()
    {
        Id = Guid.NewGuid().ToString("N"), PbxId = pbxId, At = DateTimeOffset.UtcNow, ActorId = "test", ActorName = "test", Action = "seed", Target = target,
    };
}
