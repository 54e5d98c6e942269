using System.Globalization;
using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Tests.Fakes;

namespace PbxBot.Pbx.Xapi.Tests.Users;

/// <summary>
/// A PBX of 10,000 users is read in bounded pages (<c>$top</c>/<c>$skip</c>, ordered by <c>Id</c>), selecting only
/// what PbxBot uses and expanding each user's groups down to the role: never one huge answer, one page held at a time.
/// </summary>
public sealed class UsersAreReadPageByPage
{
    private const int PbxSize = 10_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_thousand_users_come_in_twenty_pages_of_five_hundred()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = PbxOfUsers(PbxSize);

        var pages = new List<int>();
        var numbers = new HashSet<string>();
        await foreach (var page in rig.Pbx.ReadUsersAsync(pageSize: 5000, Ct))
        {
            pages.Add(page.Count);
            numbers.UnionWith(page.Select(u => u.Number));
        }

        Assert.Equal(PbxSize, numbers.Count);
        Assert.All(pages, count => Assert.Equal(500, count));
        Assert.Equal(20, pages.Count);
        var calls = rig.Xapi.ApiCalls;
        Assert.All(calls, c => Assert.Equal("500", c.Query["$top"]));
        // Twenty full pages, then an empty one: only a short page says it was the last.
        Assert.Equal(Enumerable.Range(0, 21).Select(i => (i * 500).ToString(CultureInfo.InvariantCulture)), calls.Select(c => c.Query["$skip"]));
    }

    [Fact]
    public async Task The_query_selects_only_what_pbxbot_uses_in_a_stable_order()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = PbxOfUsers(3);

        await foreach (var _ in rig.Pbx.ReadUsersAsync(100, Ct))
        {
        }

        var call = Assert.Single(rig.Xapi.ApiCalls);
        Assert.Equal("GET", call.Method);
        Assert.Equal("/xapi/v1/Users", call.Path);
        Assert.Equal(new Dictionary<string, string>
        {
            ["$select"] = "Id,Number,FirstName,LastName,EmailAddress,Mobile,Require2FA,OutboundCallerID,PrimaryGroupId",
            ["$expand"] = "Groups($select=GroupId;$expand=Rights($select=RoleName))",
            ["$orderby"] = "Id",
            ["$top"] = "100",
            ["$skip"] = "0",
        }, call.Query);
    }

    [Fact]
    public async Task Pages_are_fetched_as_they_are_consumed()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Answer = PbxOfUsers(PbxSize);

        await using var pages = rig.Pbx.ReadUsersAsync(500, Ct).GetAsyncEnumerator(Ct);
        Assert.True(await pages.MoveNextAsync());

        Assert.Single(rig.Xapi.ApiCalls);
    }

    [Fact]
    public async Task A_user_reads_with_its_groups_roles_and_fields()
    {
        await using var rig = await XapiRig.StartAsync();
        rig.Xapi.Next(Reply.Page([
            new
            {
                Id = 42, Number = "105", FirstName = "Marie", LastName = "Curie", EmailAddress = "marie@dupont.example", Mobile = "+33612345678",
                Require2FA = true, OutboundCallerID = "+33180203040", PrimaryGroupId = 12,
                Groups = new object[] { new { GroupId = 12, Rights = new { RoleName = "managers" } }, new { GroupId = 3, Rights = new { RoleName = "users" } } },
            },
            new { Id = 43, Number = "106", FirstName = "Pierre", LastName = "Curie", EmailAddress = "", Mobile = (string?)null, Require2FA = false, OutboundCallerID = "", PrimaryGroupId = (int?)null, Groups = Array.Empty<object>() },
        ]));

        var users = new List<PbxUser>();
        await foreach (var page in rig.Pbx.ReadUsersAsync(500, Ct))
        {
            users.AddRange(page);
        }

        Assert.Equal(new PbxUser
        {
            Id = 42, Number = "105", FirstName = "Marie", LastName = "Curie", EmailAddress = "marie@dupont.example", Mobile = "+33612345678",
            Require2FA = true, OutboundCallerId = "+33180203040", PrimaryGroupId = 12,
            Groups = users[0].Groups,
        }, users[0]);
        Assert.Equal([new PbxMembership(12, Role.Managers), new PbxMembership(3, Role.Users)], users[0].Groups);
        Assert.Null(users[1].EmailAddress);
        Assert.Null(users[1].OutboundCallerId);
        Assert.Empty(users[1].Groups);
        Assert.Single(rig.Xapi.ApiCalls);
    }

    [Fact]
    public async Task A_pbx_that_pages_on_its_own_is_followed_to_the_end()
    {
        await using var rig = await XapiRig.StartAsync();
        // The PBX caps pages at 2 and says so with a next link.
        rig.Xapi.Answer = request =>
        {
            var skip = int.Parse(request.Query["$skip"], CultureInfo.InvariantCulture);
            var items = Enumerable.Range(skip, Math.Max(0, Math.Min(2, 5 - skip))).Select(i => (object)new { Id = i + 1, Number = $"{100 + i}" }).ToArray();
            var body = new Dictionary<string, object> { ["value"] = items };
            if (skip + 2 < 5)
            {
                body["@odata.nextLink"] = $"https://pbx.example.test/xapi/v1/Users?$skip={skip + 2}";
            }
            return Reply.Json(body)(request);
        };

        var count = 0;
        await foreach (var page in rig.Pbx.ReadUsersAsync(500, Ct))
        {
            count += page.Count;
        }

        Assert.Equal(5, count);
        Assert.Equal(["0", "2", "4"], rig.Xapi.ApiCalls.Select(c => c.Query["$skip"]));
    }

    /// <summary>A PBX of <paramref name="size"/> users answering any $top/$skip.</summary>
    internal static Func<XapiRequest, HttpResponseMessage> PbxOfUsers(int size) => request =>
    {
        var top = int.Parse(request.Query["$top"], CultureInfo.InvariantCulture);
        var skip = int.Parse(request.Query["$skip"], CultureInfo.InvariantCulture);
        var users = Enumerable.Range(skip, Math.Max(0, Math.Min(top, size - skip)))
            .Select(i => (object)new { Id = i + 1, Number = (10000 + i).ToString(CultureInfo.InvariantCulture), FirstName = "User", LastName = $"N{i}", Groups = new[] { new { GroupId = 1, Rights = new { RoleName = "users" } } } });
        return Reply.Page(users)(request);
    };
}
