using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Authentication;
using PbxBot.Pbx.Xapi.Configuration;
using PbxBot.Pbx.Xapi.Http;

namespace PbxBot.Pbx.Xapi;

/// <summary>The PBXes configured under <c>Xapi</c> and <c>Pbxes</c>, each with its own token cache; any other PBX id is a demo PBX.</summary>
internal sealed class XapiPhoneSystems : IPhoneSystems, IDisposable
{
    private readonly Dictionary<string, XapiPhoneSystem> connected = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<XapiTokenCache> tokenCaches = [];
    private readonly DemoPhoneSystems demos;

    public XapiPhoneSystems(IOptions<XapiOptions> options, IHttpClientFactory httpClients, DemoPhoneSystems demos, TimeProvider time, ILoggerFactory loggers)
    {
        this.demos = demos;
        var settings = options.Value;
        var logger = loggers.CreateLogger<XapiPhoneSystem>();
        foreach (var pbx in settings.Connections())
        {
            var credentials = new ClientCredentials(pbx, httpClients, time, logger);
            var tokens = new XapiTokenCache(credentials.RequestAsync, time);
            tokenCaches.Add(tokens);
            var client = new XapiClient(pbx, httpClients, tokens, time, logger);
            connected[pbx.PbxId!] = new XapiPhoneSystem(Profile(pbx), client, settings.PageSize, logger);
            logger.LogInformation("XAPI connector: PBX {PbxId} at {Url} (client {ClientId})", pbx.PbxId, pbx.Url, pbx.ClientId);
        }
        Connected = [.. connected.Values.Select(s => s.Profile)];
    }

    public IReadOnlyList<PhoneSystemProfile> Connected { get; }

    public IPhoneSystem For(string pbxId) =>
        connected.TryGetValue(pbxId, out var system) ? system : demos.For(pbxId);

    public void Dispose()
    {
        foreach (var system in connected.Values)
        {
            system.Dispose();
        }
        foreach (var tokens in tokenCaches)
        {
            tokens.Dispose();
        }
    }

    private static PhoneSystemProfile Profile(XapiPbxOptions pbx) => new()
    {
        PbxId = pbx.PbxId!,
        Url = new Uri(pbx.Url!.Trim()),
        DisplayName = string.IsNullOrWhiteSpace(pbx.DisplayName) ? null : pbx.DisplayName.Trim(),
        Country = pbx.Country.ToUpperInvariant(),
        TimeZoneId = pbx.TimeZoneId,
        NumberRange = pbx is { NumberFrom: { } from, NumberTo: { } to } ? new NumberRange(from, to) : null,
        WelcomeEmail = pbx.WelcomeEmail,
    };
}
