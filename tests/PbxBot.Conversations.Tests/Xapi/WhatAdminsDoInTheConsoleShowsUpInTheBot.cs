using System.Text.Json.Nodes;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;
using PbxBot.Testing.Xapi;

namespace PbxBot.Conversations.Tests.Xapi;

/// <summary>
/// The PBX is the source of truth: a user, a department and a DID added by hand in the 3CX console — and a user
/// removed there — show up in the bot after a sync (« synchroniser »): the next free number, the taken ones, the
/// departments offered, the free DIDs. What the sync changed is audited as "sync".
/// </summary>
public sealed class WhatAdminsDoInTheConsoleShowsUpInTheBot : IAsyncLifetime
{
    private ConnectedPbx pbx = null!;

    public async ValueTask InitializeAsync() => pbx = await ConnectedPbx.StartAsync();

    public async ValueTask DisposeAsync() => await pbx.DisposeAsync();

    [Fact]
    public async Task AfterASyncTheWizardSeesThePbxAsItIsNow()
    {
        var ct = TestContext.Current.CancellationToken;
        await pbx.Control.SeedAsync(pbx.Pbx, new()
        {
            Groups = [new JsonObject { ["Name"] = "Atelier", ["Language"] = "fr" }],
            DidNumbers = [new JsonObject { ["Number"] = "+33180203049", ["TrunkId"] = 1 }],
            Users =
            [
                new JsonObject
                {
                    ["Number"] = "103", ["FirstName"] = "Grace", ["LastName"] = "Hopper", ["EmailAddress"] = "grace@dupont.example",
                    ["OutboundCallerID"] = TestPbx.Dids[0],
                    ["Groups"] = new JsonArray(new JsonObject { ["Name"] = "Atelier", ["Rights"] = new JsonObject { ["RoleName"] = "managers" } }),
                },
            ],
        }, ct);
        var admin = pbx.Bot.User(TestPbx.Users.Admin);

        await admin.SayAsync("synchroniser");
        var told = await admin.WaitForTextAsync("Synchronisation de « Cabinet Dupont » terminée");

        Assert.Contains("Extensions : 1 ajoutée(s)", told);
        Assert.Contains("Départements : 1 ajouté(s)", told);
        var grace = (await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "103", ct))!.Value;
        Assert.Equal(("Grace", "Hopper", "atelier", Domain.Role.Managers, TestPbx.Dids[0]), (grace.FirstName, grace.LastName, grace.Department, grace.Role, grace.Did));
        var audit = await pbx.Bot.Repository.ListAuditAsync(TestPbx.Id, 50, ct);
        Assert.Contains(audit, a => a is { Action: "extension.synced", Target: "extension:103", ActorId: "pbx-sync" });
        Assert.Contains(audit, a => a is { Action: "pbx.synced", ActorId: "pbx-sync" });

        await admin.SayAsync("nouvelle extension");
        Assert.Equal("104", admin.LastCard!.Value("number"));
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["number"] = "103" });
        Assert.Contains("103", admin.LastCard!.ErrorFor("number"));
        await admin.PressAsync(Wizards.Next, new Dictionary<string, string>(Wizards.Ada()) { ["number"] = "104" });
        Assert.Contains("Atelier", admin.LastCard!.Choices("department").Select(c => c.Title));
        var dids = admin.LastCard.Choices("did").Select(c => c.Value).ToArray();
        Assert.Contains("+33180203049", dids);
        Assert.DoesNotContain(TestPbx.Dids[0], dids);
    }

    [Fact]
    public async Task AUserRemovedInTheConsoleIsRemovedFromTheBotAndItsNumberIsFreeAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var state = await pbx.StateAsync();
        await DeleteInConsoleAsync(state.User("102")["Id"]!.GetValue<int>());

        var report = await pbx.SyncAsync();

        Assert.Equal(1, report!.ExtensionsRemoved);
        Assert.Null(await pbx.Bot.Repository.GetExtensionAsync(TestPbx.Id, "102", ct));
        var snapshot = await pbx.Bot.Repository.LoadSnapshotAsync(TestPbx.Id, ct);
        Assert.False(snapshot.UsedNumbers.Contains(102));
        Assert.Contains(await pbx.Bot.Repository.ListAuditAsync(TestPbx.Id, 50, ct), a => a is { Action: "extension.synced", Target: "extension:102", After: null });
    }

    [Fact]
    public async Task ASyncThatFindsNothingNewChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = (await pbx.Bot.Repository.ListAuditAsync(TestPbx.Id, 500, ct)).Count;

        var report = await pbx.SyncAsync();

        Assert.Equal(0, report!.Changes);
        Assert.Equal(3, report.Users);
        Assert.Equal(before, (await pbx.Bot.Repository.ListAuditAsync(TestPbx.Id, 500, ct)).Count);
    }

    /// <summary>What an admin does in the 3CX console: the PBX's own API, with the PBX's credentials.</summary>
    private async Task DeleteInConsoleAsync(int userId)
    {
        using var http = new HttpClient();
        using var token = await http.PostAsync(new Uri($"{pbx.Pbx.BaseUrl.AbsoluteUri.TrimEnd('/')}/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = pbx.Pbx.ClientId,
            ["client_secret"] = pbx.Pbx.ClientSecret,
        }), TestContext.Current.CancellationToken);
        var access = JsonNode.Parse(await token.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["access_token"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{pbx.Pbx.BaseUrl.AbsoluteUri.TrimEnd('/')}/xapi/v1/Users({userId})");
        request.Headers.Authorization = new("Bearer", access);
        using var deleted = await http.SendAsync(request, TestContext.Current.CancellationToken);
        deleted.EnsureSuccessStatusCode();
    }
}
