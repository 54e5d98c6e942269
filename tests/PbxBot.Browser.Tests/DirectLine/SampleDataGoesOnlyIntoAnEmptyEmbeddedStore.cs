using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PbxBot.Application.Stores;
using PbxBot.Channel;
using PbxBot.Domain;
using PbxBot.Playground;
using PbxBot.Playground.SampleData;

namespace PbxBot.Browser.Tests.DirectLine;

/// <summary>
/// The first run of the embedded default gets a sample PBX and the playground users, clearly marked as sample data;
/// a store that already holds a PBX, or a real store (Cosmos DB), never gets any.
/// </summary>
public sealed class SampleDataGoesOnlyIntoAnEmptyEmbeddedStore
{
    [Fact]
    public async Task The_first_run_seeds_a_french_sample_pbx_marked_as_sample()
    {
        await using var host = await PlaygroundHost.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var settings = (await host.Repository.GetSettingsAsync(SamplePbx.Id, ct))!.Value;
        var departments = await host.Repository.ListDepartmentsAsync(SamplePbx.Id, ct);
        var dids = await host.Repository.ListDidsAsync(SamplePbx.Id, ct);

        Assert.True(settings.IsSample);
        Assert.StartsWith("Exemple", settings.DisplayName, StringComparison.Ordinal);
        Assert.Equal("FR", settings.Country);
        Assert.Equal(new NumberRange(100, 899), Assert.Single(settings.DialPlan.Ranges));
        Assert.Contains(departments, d => d.IsDefault);
        Assert.Equal(SamplePbx.Dids.Count, dids.Count);
    }

    [Fact]
    public async Task Each_playground_user_holds_their_role_on_the_sample_pbx()
    {
        await using var host = await PlaygroundHost.StartAsync();

        var grants = await host.Repository.ListGrantsAsync(SamplePbx.Id, TestContext.Current.CancellationToken);

        Assert.Equal(Role.SystemAdmins, grants.Single(g => g.UserId == PlaygroundUsers.Admin.Id).Role);
        Assert.Equal(Role.Managers, grants.Single(g => g.UserId == PlaygroundUsers.Manager.Id).Role);
        var helpdesk = grants.Single(g => g.UserId == PlaygroundUsers.Helpdesk.Id);
        Assert.True(helpdesk.Helpdesk);
        Assert.Null(helpdesk.Role);
    }

    [Fact]
    public async Task Sample_data_false_leaves_the_store_empty()
    {
        await using var host = await PlaygroundHost.StartAsync(settings: new() { ["Playground:SampleData"] = "false" });

        Assert.Empty(await AllPbxesAsync(host.Store));
    }

    [Fact]
    public async Task A_store_that_already_holds_a_pbx_gets_no_sample_data()
    {
        var folder = Directory.CreateTempSubdirectory("pbxbot-playground-").FullName;
        try
        {
            await using (var first = await PlaygroundHost.StartAsync(settings: new() { ["Playground:SampleData"] = "false" }, folder: folder))
            {
                await first.Repository.SaveSettingsAsync(SamplePbx.Settings with { Id = "pbx-real", DisplayName = "Réel", IsSample = false }, null, TestContext.Current.CancellationToken);
            }

            await using var second = await PlaygroundHost.StartAsync(folder: folder);

            Assert.Equal("pbx-real", Assert.Single(await AllPbxesAsync(second.Store)).Id);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [Fact]
    public void A_real_store_never_gets_sample_data_even_when_asked()
    {
        var mode = Mode(new PlaygroundOptions { Enabled = true, SampleData = true }, isRealStore: true);

        Assert.True(mode.Enabled);
        Assert.False(mode.SampleData);
    }

    [Fact]
    public void Sample_data_follows_the_playground_by_default()
    {
        Assert.True(Mode(new PlaygroundOptions { Enabled = true }, isRealStore: false).SampleData);
        Assert.False(Mode(new PlaygroundOptions { Enabled = false }, isRealStore: false).SampleData);
    }

    private static PlaygroundMode Mode(PlaygroundOptions options, bool isRealStore) => new(
        Options.Create(options),
        Options.Create(new BotOptions()),
        new HostingEnvironment { EnvironmentName = Environments.Production },
        new ConfigurationBuilder().Build(),
        _ => isRealStore);

    private static async Task<IReadOnlyList<PbxSettings>> AllPbxesAsync(IPbxStore store) =>
        [.. (await store.QueryAllPbxesAsync<PbxSettings>(new DocumentQuery(DocumentKinds.Settings) { Max = 10 }, TestContext.Current.CancellationToken)).Select(s => s.Value)];
}
