using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;

namespace PbxBot.Conversations.Tests.CreateExtension;

/// <summary>Confirm pressed twice (a double click, or two clients racing): one extension, one audit entry, one welcome e-mail.</summary>
public sealed class ADoubleSubmitSavesOnce : ConversationTest
{
    [Theory]
    [InlineData(Clients.Teams)]
    [InlineData(Clients.WebChat)]
    public async Task TwoConfirmsAtOnceCreateOneExtension(string client)
    {
        var admin = Operator(TestPbx.Users.Admin, client);
        var review = await admin.ToExtensionReviewAsync();

        var presses = await Task.WhenAll(admin.PressAsync(Wizards.Confirm, card: review), admin.PressAsync(Wizards.Confirm, card: review));

        Assert.All(presses, p => Assert.Equal(200, p.Status));
        await AssertCreatedOnceAsync();
    }

    [Fact]
    public async Task ASecondConfirmAfterTheFirstIsAnsweredWithoutSaving()
    {
        var admin = Bot.User(TestPbx.Users.Admin);
        var review = await admin.ToExtensionReviewAsync();

        await admin.PressAsync(Wizards.Confirm, card: review);
        var second = await admin.PressAsync(Wizards.Confirm, card: review);

        Assert.NotEmpty(second.Texts);
        await AssertCreatedOnceAsync();
    }

    private async Task AssertCreatedOnceAsync()
    {
        Assert.NotNull(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", Ct));
        Assert.Null(await Bot.Repository.GetExtensionAsync(TestPbx.Id, "104", Ct));
        Assert.Single(await Bot.Repository.ListAuditAsync(TestPbx.Id, 100, Ct), a => a.Action == "extension.created");
        // One creation on the PBX, hence (once applied) one welcome e-mail.
        Assert.Single(await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct), m => m.Value.Kind == OutboxKind.PbxChange);
        await Eventually.TrueAsync(async () => (await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct)).Any(m => m.Value.Kind == OutboxKind.WelcomeEmail), "the welcome e-mail", Ct);
        Assert.Single(await Bot.Store.QueryAsync<OutboxMessage>(TestPbx.Id, new DocumentQuery(DocumentKinds.Outbox), Ct), m => m.Value.Kind == OutboxKind.WelcomeEmail);
    }
}
