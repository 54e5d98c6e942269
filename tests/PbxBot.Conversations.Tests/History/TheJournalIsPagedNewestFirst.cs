using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.History;

/// <summary>
/// « journal » shows the PBX's changes ten a page, newest first; « Plus anciennes » / « Plus récentes » page back and
/// forth in place, and a change made meanwhile never shifts the pages already open. On SQLite and Cosmos DB.
/// </summary>
public abstract class TheJournalIsPagedNewestFirst(bool useCosmos) : ConversationTest
{
    private const int Changes = 25;

    protected override Task<PbxBotUnderTest> StartBotAsync() => PbxBotUnderTest.StartAsync(useCosmos: useCosmos);

    [Theory]
    [MemberData(nameof(Clients.Both), MemberType = typeof(Clients))]
    public async Task PagingForwardAndBack(string client)
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(1);
        for (var i = 1; i <= Changes; i++)
        {
            await AddChangeAsync(i, start.AddMinutes(i));
        }
        var admin = Operator(TestPbx.Users.Admin, client);

        await admin.SayAsync("journal");

        var first = admin.LastCard!;
        Assert.Contains("Journal des modifications", first.Text);
        Assert.Equal(Enumerable.Range(16, 10).Reverse(), Shown(first));
        Assert.False(first.HasButton("Plus récentes"));

        await AddChangeAsync(26, start.AddMinutes(30));
        await admin.PressAsync("Plus anciennes");
        var second = admin.LastCard!;
        Assert.Equal(first.ActivityId, second.ActivityId);
        Assert.Equal(Enumerable.Range(6, 10).Reverse(), Shown(second));
        Assert.Contains("Page 2", second.Text);

        await admin.PressAsync("Plus anciennes");
        var third = admin.LastCard!;
        Assert.Equal(Enumerable.Range(1, 5).Reverse(), Shown(third).Take(5));

        await admin.PressAsync("Plus récentes");
        Assert.Equal(Enumerable.Range(6, 10).Reverse(), Shown(admin.LastCard!));
        await admin.PressAsync("Plus récentes");
        Assert.Equal(Enumerable.Range(16, 10).Reverse(), Shown(admin.LastCard!));
    }

    [Fact]
    public async Task InEnglish()
    {
        for (var i = 1; i <= 12; i++)
        {
            await AddChangeAsync(i, DateTimeOffset.UtcNow.AddMinutes(i));
        }
        var admin = Bot.User(TestPbx.Users.Admin, "en-US");

        await admin.SayAsync("history");

        Assert.Contains("Change journal", admin.LastCard!.Text);
        await admin.PressAsync("Older");
        await admin.PressAsync("Newer");
        Assert.Equal(Enumerable.Range(3, 10).Reverse(), Shown(admin.LastCard!));
    }

    /// <summary>A rename of 101 to « Nom{i} » recorded at <paramref name="at"/>, as the edit wizard audits it.</summary>
    private async Task AddChangeAsync(int i, DateTimeOffset at)
    {
        var marie = (await Bot.Repository.GetExtensionAsync(TestPbx.Id, "101", Ct))!.Value;
        var entry = new AuditEntry
        {
            Id = $"{at.ToUnixTimeMilliseconds():D13}-{i:D4}",
            PbxId = TestPbx.Id,
            At = at,
            ActorId = TestPbx.Users.Owner.Id,
            ActorName = TestPbx.Users.Owner.Name,
            Action = "extension.updated",
            Target = "extension:101",
            Before = System.Text.Json.JsonSerializer.Serialize(marie with { LastName = $"Nom{i - 1}" }, StoreJson.Options),
            After = System.Text.Json.JsonSerializer.Serialize(marie with { LastName = $"Nom{i}" }, StoreJson.Options),
        };
        await Bot.Store.CommitAsync(TestPbx.Id, [PbxRepository.AuditChange(entry)], Ct);
    }

    /// <summary>The i of each « Nom{i-1} → Nom{i} » on the card, top to bottom.</summary>
    private static int[] Shown(CardView card) =>
        System.Text.RegularExpressions.Regex.Matches(card.Text, @"Nom\d+ → Nom(\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}

public sealed class TheJournalIsPagedNewestFirstOnSqlite() : TheJournalIsPagedNewestFirst(useCosmos: false);

public sealed class TheJournalIsPagedNewestFirstOnCosmos() : TheJournalIsPagedNewestFirst(useCosmos: true);
