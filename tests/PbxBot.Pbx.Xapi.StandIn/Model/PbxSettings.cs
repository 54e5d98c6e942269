using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>
/// A tenant's fixed settings, from the optional body of <c>POST /_standin/pbxes</c>:
/// <c>{ "clientId", "clientSecret", "tokenLifetimeSeconds", "extensionLength", "userNumberFrom", "userNumberTo",
/// "maxUsers", "blockedNumbers", "fqdn", "version", "globalLanguage" }</c>.
/// </summary>
public sealed record PbxSettings
{
    /// <summary>Emergency numbers in France, the US/Canada and the UK/EU (3CX blocks them as extensions).</summary>
    public static readonly IReadOnlyList<string> DefaultBlockedNumbers = ["112", "911", "999", "15", "17", "18"];

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(60);

    public int ExtensionLength { get; init; } = 3;

    public int UserNumberFrom { get; init; } = 100;

    public int UserNumberTo { get; init; } = 999;

    /// <summary>The licence's user limit; null for none.</summary>
    public int? MaxUsers { get; init; }

    public IReadOnlyList<string> BlockedNumbers { get; init; } = DefaultBlockedNumbers;

    public string Fqdn { get; init; } = "pbx.example.com";

    public string Version { get; init; } = "20.0.0.0 (XAPI stand-in)";

    public string GlobalLanguage { get; init; } = "EN";

    public static PbxSettings From(JsonObject? body, string id)
    {
        body ??= [];
        Known(body, "clientId", "clientSecret", "tokenLifetimeSeconds", "extensionLength", "userNumberFrom", "userNumberTo", "maxUsers", "blockedNumbers", "fqdn", "version", "globalLanguage");
        var length = Int(body, "extensionLength", 2, 9) ?? 3;
        var first = (int)Math.Pow(10, length - 1);
        var last = (int)Math.Pow(10, length) - 1;
        var from = Int(body, "userNumberFrom", first, last) ?? first;
        var to = Int(body, "userNumberTo", first, last) ?? last;
        if (from > to)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidValue, "userNumberFrom is above userNumberTo.", "userNumberFrom");
        }
        return new PbxSettings
        {
            ClientId = Str(body, "clientId") ?? $"pbxbot-{id}",
            ClientSecret = Str(body, "clientSecret") ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            TokenLifetime = TimeSpan.FromSeconds(Int(body, "tokenLifetimeSeconds", 1, 86_400) ?? 60),
            ExtensionLength = length,
            UserNumberFrom = from,
            UserNumberTo = to,
            MaxUsers = Int(body, "maxUsers", 0, int.MaxValue),
            BlockedNumbers = body["blockedNumbers"] is JsonArray blocked
                ? blocked.Select(b => Json.String(b) is { Length: > 0 } s && s.All(char.IsAsciiDigit) ? s
                    : throw XapiException.BadRequest(ErrorCodes.InvalidValue, "blockedNumbers are strings of digits.", "blockedNumbers")).ToArray()
                : DefaultBlockedNumbers,
            Fqdn = Str(body, "fqdn") ?? $"{id}.pbx.example.com",
            Version = Str(body, "version") ?? "20.0.0.0 (XAPI stand-in)",
            GlobalLanguage = Str(body, "globalLanguage") ?? "EN",
        };
    }

    private static void Known(JsonObject body, params string[] names)
    {
        foreach (var (name, _) in body)
        {
            if (!names.Contains(name))
            {
                throw XapiException.BadRequest(ErrorCodes.UnknownProperty, $"Unknown PBX option '{name}' (known: {string.Join(", ", names)}).", name);
            }
        }
    }

    private static string? Str(JsonObject body, string name) => body[name] switch
    {
        null => null,
        var node => Json.String(node) ?? throw XapiException.BadRequest(ErrorCodes.InvalidType, $"{name} must be a string.", name),
    };

    private static int? Int(JsonObject body, string name, int min, int max) => body[name] switch
    {
        null => null,
        var node => Json.Int(node) is { } value && value >= min && value <= max
            ? value
            : throw XapiException.BadRequest(ErrorCodes.InvalidValue, $"{name} must be an integer from {min} to {max}.", name),
    };
}
