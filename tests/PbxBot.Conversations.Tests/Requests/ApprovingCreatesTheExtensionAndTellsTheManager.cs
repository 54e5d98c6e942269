using Microsoft.Extensions.DependencyInjection;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Domain;
using PbxBot.Testing.Channel;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>
/// Issue A.3: Approve creates the extension through the wizard's own path (the approver is the actor), queues the
/// welcome e-mail, tells the manager, and every approver's card shows who decided and when.
/// </summary>
public sealed class ApprovingCreatesTheExtensionAndTellsTheManager : IAsyncLifetime
{
    private PbxBotUnderTest bot = null!;

    public async ValueTask InitializeAsync() => bot = await PbxBotUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task TheExtensionExists_TheWelcomeEmailIsQueued_AndTheManagerIsTold()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        var owner = bot.User(TestPbx.Users.Owner);
        await admin.InstallAsync();
        await owner.InstallAsync();
        var manager = bot.User(TestPbx.Users.Manager);
        var request = await manager.SubmitAsync(bot, email: "ada@dupont.example");
        var card = await admin.ApprovalCardAsync(request);
        var ownersCard = await owner.ApprovalCardAsync(request);

        var approved = await admin.PressAsync(RequestSteps.Approve, card: card);

        Assert.Equal(200, approved.Status);
        var shown = approved.InvokeCard();
        Assert.Contains("Approuvée par Alice Admin", shown.Text);
        Assert.Contains("103", shown.Text);
        Assert.False(shown.HasButton(RequestSteps.Approve));

        var extension = (await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct))!.Value;
        Assert.Equal(("Ada", "Lovelace", TestPbx.Support, Role.Users, TestPbx.Users.Admin.Id), (extension.FirstName, extension.LastName, extension.Department, extension.Role, extension.CreatedBy));
        var stored = await bot.ReloadAsync(request);
        Assert.Equal((RequestStatus.Approved, TestPbx.Users.Admin.Id, "103"), (stored.Status, stored.DecidedBy, stored.CreatedNumber));
        Assert.NotNull(stored.DecidedAt);

        // Created on the PBX (the demo one here), the approver is told in a message of their own; then the welcome e-mail goes.
        await admin.WaitForCardAsync(c => c.Text.Contains("Extension 103 créée", StringComparison.Ordinal) && c.Text.Contains("appliqué le", StringComparison.Ordinal));
        var welcome = await bot.Services.GetRequiredService<WelcomeEmailService>().GetStatusAsync(TestPbx.Id, "103", ct);
        Assert.Single(welcome);
        await Eventually.TrueAsync(() => Directory.Exists(bot.PickupDirectory) && Directory.EnumerateFiles(bot.PickupDirectory, "*.eml").Any(), "the welcome e-mail", ct);

        var outcome = await manager.WaitForCardAsync(c => c.Text.Contains("Votre demande " + request.Reference, StringComparison.Ordinal));
        Assert.Contains("Approuvée par Alice Admin", outcome.Text);
        Assert.Contains("103", outcome.Text);

        var refreshed = await owner.WaitForCardAsync(c => c.ActivityId == ownersCard.ActivityId && c.Text.Contains("Approuvée par Alice Admin", StringComparison.Ordinal));
        Assert.False(refreshed.HasButton(RequestSteps.Approve));
        Assert.Contains(bot.Connector.Calls, c => c.Kind == ConnectorCallKind.UpdateActivity && c.ActivityId == ownersCard.ActivityId);
    }

    [Fact]
    public async Task TheRulesAreCheckedAgainWithTheApproverAsActor()
    {
        var ct = TestContext.Current.CancellationToken;
        var supportAdmin = bot.User(TestPbx.Users.SupportAdmin);
        await supportAdmin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot);
        var card = await supportAdmin.ApprovalCardAsync(request);

        var approved = await supportAdmin.PressAsync(RequestSteps.Approve, card: card);

        Assert.Contains("Sam Support", approved.InvokeCard().Text);
        Assert.Equal(TestPbx.Users.SupportAdmin.Id, (await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct))!.Value.CreatedBy);
        var audit = await bot.Repository.ListAuditAsync(TestPbx.Id, 50, ct);
        Assert.Contains(audit, a => a.Action == "extension.created" && a.ActorId == TestPbx.Users.SupportAdmin.Id && a.Target == "extension:103");
    }

    [Fact]
    public async Task WithoutAnEmailAddressNoWelcomeEmailIsQueued()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = bot.User(TestPbx.Users.Admin);
        await admin.InstallAsync();
        var request = await bot.User(TestPbx.Users.Manager).SubmitAsync(bot, email: null);

        await admin.PressAsync(RequestSteps.Approve, card: await admin.ApprovalCardAsync(request));

        Assert.NotNull(await bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct));
        // The approver is told, in a message of its own, once the PBX has it.
        await admin.WaitForCardAsync(c => c.Text.Contains("Extension 103 créée", StringComparison.Ordinal) && c.Text.Contains("appliqué le", StringComparison.Ordinal));
        var outbox = await bot.Services.GetRequiredService<IOutboxStore>().ListBySubjectAsync(TestPbx.Id, WelcomeEmailService.SubjectOf("103"), 10, ct);
        Assert.DoesNotContain(outbox, m => m.Value.Kind == OutboxKind.WelcomeEmail);
    }
}
