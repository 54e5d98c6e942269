using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using PbxBot.Application.PhoneSystem;
using PbxBot.Pbx.Xapi.Http;
using PbxBot.Pbx.Xapi.Mapping;
using PbxBot.Pbx.Xapi.Wire;

namespace PbxBot.Pbx.Xapi;

/// <summary>
/// One 3CX V20 through its Configuration API. Reads are paged (<c>$top</c>/<c>$skip</c>, ordered by key, only the
/// properties PbxBot uses); writes send the swagger's shapes with only the fields given.
/// </summary>
internal sealed class XapiPhoneSystem(PhoneSystemProfile profile, XapiClient client, int maxPageSize, ILogger logger) : IPhoneSystem, IDisposable
{
    private readonly SemaphoreSlim zonesGate = new(1, 1);
    private TimeZoneTable? zones;

    public PhoneSystemProfile Profile { get; } = profile;

    public bool IsDemo => false;

    public async Task<PhoneSystemInfo> GetInfoAsync(CancellationToken cancellationToken)
    {
        var parameters = await client.GetAsync("Defs/Pbx.GetSystemParameters()", XapiJson.Default.XapiSystemParameters, XapiTarget.List("system parameters"), cancellationToken);
        return new PhoneSystemInfo(parameters.FQDN, parameters.Version, parameters.ENL is > 0 ? parameters.ENL : null, LanguageCode(parameters.GlobalLanguage));
    }

    public IAsyncEnumerable<IReadOnlyList<PbxUser>> ReadUsersAsync(int pageSize, CancellationToken cancellationToken) =>
        PagesAsync("Users", UserMapping.Select, UserMapping.Expand, "Id", XapiJson.Default.ODataPageXapiUser, UserMapping.FromWire, pageSize, XapiTarget.List("users"), cancellationToken);

    public async IAsyncEnumerable<IReadOnlyList<PbxGroup>> ReadGroupsAsync(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TimeZonesAsync(cancellationToken);
        await foreach (var page in PagesAsync("Groups", GroupMapping.Select, GroupMapping.Expand, "Id", XapiJson.Default.ODataPageXapiGroup,
                           g => GroupMapping.FromWire(g, table, Profile.TimeZoneId), pageSize, XapiTarget.List("groups"), cancellationToken))
        {
            yield return page;
        }
    }

    public IAsyncEnumerable<IReadOnlyList<string>> ReadDidsAsync(int pageSize, CancellationToken cancellationToken) =>
        PagesAsync("DidNumbers", "Number", null, "Number", XapiJson.Default.ODataPageXapiDidNumber, Did, pageSize, XapiTarget.List("DID numbers"), cancellationToken);

    public async Task<PbxUser?> FindUserAsync(string number, CancellationToken cancellationToken)
    {
        var resource = OData.Query(OData.Key("Users", "Number", number), ("$select", UserMapping.Select), ("$expand", UserMapping.Expand));
        var user = await client.FindAsync(resource, XapiJson.Default.XapiUser, XapiTarget.User(number), cancellationToken);
        return user is null ? null : UserMapping.FromWire(user);
    }

    public async Task<PbxUser> CreateUserAsync(PbxUserChanges user, CancellationToken cancellationToken)
    {
        var number = user.Number ?? throw new ArgumentException("A new user needs a number.", nameof(user));
        var created = await client.SendAsync(HttpMethod.Post, "Users", UserMapping.CreateBody(user), XapiJson.Default.XapiUser, XapiTarget.User(number), cancellationToken);
        if (created is not null)
        {
            return UserMapping.Created(created, user);
        }
        // 204 (the PBX returned no entity): the user is there, read it for its id.
        return await FindUserAsync(number, cancellationToken)
            ?? throw new PbxUnavailableException($"The PBX {Profile.PbxId} accepted user {number} but does not show it yet.");
    }

    public Task UpdateUserAsync(int userId, PbxUserChanges changes, CancellationToken cancellationToken)
    {
        var body = UserMapping.PatchBody(changes);
        return body.Count == 0
            ? Task.CompletedTask
            : client.SendAsync(HttpMethod.Patch, OData.Key("Users", userId), body, XapiTarget.User(userId), cancellationToken);
    }

    public Task DeleteUserAsync(int userId, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Delete, OData.Key("Users", userId), null, XapiTarget.User(userId), cancellationToken);

    public Task SendWelcomeEmailAsync(int userId, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Post, OData.Key("Users", userId) + "/Pbx.SendWelcomeEmail", null, XapiTarget.User(userId), cancellationToken);

    public Task ResetCredentialsAsync(int userId, bool sendWelcomeEmail, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Post, OData.Key("Users", userId) + "/Pbx.Regenerate", UserMapping.RegenerateBody(sendWelcomeEmail), XapiTarget.User(userId), cancellationToken);

    public Task SetWebClientPasswordAsync(int userId, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return client.SendAsync(HttpMethod.Patch, OData.Key("Users", userId), UserMapping.PasswordBody(password), XapiTarget.User(userId), cancellationToken);
    }

    public async Task<PbxGroup?> FindGroupAsync(string name, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        var resource = OData.Query("Groups",
            ("$filter", $"tolower(Name) eq {OData.Quote(wanted.ToLowerInvariant())}"),
            ("$select", GroupMapping.Select), ("$expand", GroupMapping.Expand), ("$orderby", "Id"), ("$top", "10"));
        var page = await client.GetAsync(resource, XapiJson.Default.ODataPageXapiGroup, XapiTarget.Group(wanted), cancellationToken);
        // The PBX's own comparison decides what comes back; PbxBot's (ignoring case) decides what matches.
        var match = (page.Value ?? []).FirstOrDefault(g => string.Equals(g.Name?.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : GroupMapping.FromWire(match, await TimeZonesAsync(cancellationToken), Profile.TimeZoneId);
    }

    public async Task<PbxGroup> CreateGroupAsync(PbxGroupChanges group, CancellationToken cancellationToken)
    {
        var name = group.Name?.Value ?? throw new ArgumentException("A new group needs a name.", nameof(group));
        var table = group.OfficeHours is null ? TimeZoneTable.Empty : await TimeZonesAsync(cancellationToken);
        var created = await client.SendAsync(HttpMethod.Post, "Groups", GroupMapping.Body(group, table), XapiJson.Default.XapiGroup, XapiTarget.Group(name), cancellationToken);
        if (created is not null)
        {
            return GroupMapping.Created(created, group, table, Profile.TimeZoneId);
        }
        return await FindGroupAsync(name, cancellationToken)
            ?? throw new PbxUnavailableException($"The PBX {Profile.PbxId} accepted group '{name}' but does not show it yet.");
    }

    public async Task UpdateGroupAsync(int groupId, PbxGroupChanges changes, CancellationToken cancellationToken)
    {
        if (changes.IsEmpty)
        {
            return;
        }
        var table = changes.OfficeHours is null ? TimeZoneTable.Empty : await TimeZonesAsync(cancellationToken);
        await client.SendAsync(HttpMethod.Patch, OData.Key("Groups", groupId), GroupMapping.Body(changes, table), XapiTarget.Group(groupId), cancellationToken);
    }

    public Task DeleteGroupAsync(int groupId, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Delete, OData.Key("Groups", groupId), null, XapiTarget.Group(groupId), cancellationToken);

    /// <summary>
    /// Pages of a collection in a stable order. One page is held at a time, whatever the PBX's size. A page shorter
    /// than asked is the last, unless the PBX pages on its own and gives a next link (OData server-driven paging).
    /// </summary>
    private async IAsyncEnumerable<IReadOnlyList<TItem>> PagesAsync<TWire, TItem>(
        string collection, string select, string? expand, string orderBy, JsonTypeInfo<ODataPage<TWire>> type, Func<TWire, TItem?> map,
        int pageSize, XapiTarget target, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        var top = Math.Clamp(pageSize, 1, maxPageSize);
        for (var skip = 0; ; )
        {
            var resource = OData.Query(collection, ("$select", select), ("$expand", expand), ("$orderby", orderBy), ("$top", OData.Number(top)), ("$skip", OData.Number(skip)));
            var page = await client.GetAsync(resource, type, target, cancellationToken);
            var items = page.Value ?? [];
            var mapped = items.Select(map).OfType<TItem>().ToList();
            if (mapped.Count > 0)
            {
                yield return mapped;
            }
            if (items.Count == 0 || (items.Count < top && page.NextLink is null))
            {
                yield break;
            }
            skip += items.Count;
        }
    }

    private string? Did(XapiDidNumber did)
    {
        var e164 = DidMapping.ToE164(did.Number, Profile.Country);
        if (e164 is null && !string.IsNullOrWhiteSpace(did.Number))
        {
            logger.LogWarning("XAPI {PbxId}: DID {Did} is not a phone number of {Country} nor an international one; it is left out of the DID pool", Profile.PbxId, did.Number, Profile.Country);
        }
        return e164;
    }

    /// <summary>The PBX's time zones, read once (they are definitions); without them zones pass through as IANA names.</summary>
    private async Task<TimeZoneTable> TimeZonesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref zones) is { } known)
        {
            return known;
        }
        await zonesGate.WaitAsync(cancellationToken);
        try
        {
            if (zones is null)
            {
                Volatile.Write(ref zones, await ReadTimeZonesAsync(cancellationToken));
            }
            return zones;
        }
        finally
        {
            zonesGate.Release();
        }
    }

    private async Task<TimeZoneTable> ReadTimeZonesAsync(CancellationToken cancellationToken)
    {
        var all = new List<XapiTimeZone>();
        try
        {
            await foreach (var page in PagesAsync("Defs/TimeZones", "Id,IanaName", null, "Id", XapiJson.Default.ODataPageXapiTimeZone, z => z, maxPageSize,
                               new XapiTarget("time zone definitions", FieldMap.None), cancellationToken))
            {
                all.AddRange(page);
            }
        }
        catch (Exception e) when (e is PbxNotFoundException or PbxRefusedException)
        {
            logger.LogWarning("XAPI {PbxId}: the time zone definitions cannot be read ({Reason}); time zones are sent as IANA names", Profile.PbxId, e.Message);
        }
        return new TimeZoneTable(all);
    }

    public void Dispose() => zonesGate.Dispose();

    /// <summary>"FR", "fr-FR", "fr_FR" → "fr" (PhoneSystemInfo speaks language codes); anything else as the PBX gives it.</summary>
    private static string? LanguageCode(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }
        var code = language.Trim().Split('-', '_', ' ')[0];
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetter) ? code.ToLowerInvariant() : language.Trim();
    }
}
