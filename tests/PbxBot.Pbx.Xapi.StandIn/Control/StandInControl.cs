using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PbxBot.Pbx.Xapi.StandIn.Control;

/// <summary>
/// A typed client for the stand-in's test API (never for XAPI itself): create PBXes, seed or generate data, read
/// their state and recorded calls, arm faults, check passwords, move a PBX's clock.
/// </summary>
public sealed class StandInControl : IDisposable
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient http;
    private readonly bool ownsClient;

    public StandInControl(HttpClient http, Uri serverUrl, bool ownsClient = true)
    {
        this.http = http;
        this.ownsClient = ownsClient;
        ServerUrl = new Uri(serverUrl.ToString().TrimEnd('/') + "/");
    }

    /// <summary>The stand-in's root (also the default PBX's base).</summary>
    public Uri ServerUrl { get; }

    /// <summary>The PBX at the root (the demo one with <c>--demo</c>): its base is the server's root.</summary>
    public StandInPbx DefaultPbx(string clientId, string clientSecret) => new("default", new Uri(ServerUrl.ToString().TrimEnd('/')), clientId, clientSecret);

    public async Task<StandInPbx> CreatePbxAsync(PbxOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(new Uri(ServerUrl, "_standin/pbxes"), options ?? new PbxOptions(), JsonOptions, cancellationToken);
        var created = await ReadAsync<JsonObject>(response, cancellationToken);
        return new StandInPbx(
            created["id"]!.GetValue<string>(),
            new Uri(created["baseUrl"]!.GetValue<string>()),
            created["clientId"]!.GetValue<string>(),
            created["clientSecret"]!.GetValue<string>());
    }

    public async Task DeletePbxAsync(StandInPbx pbx, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(Url(pbx, ""), cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public async Task<SeedResult> SeedAsync(StandInPbx pbx, SeedData data, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["groups"] = new JsonArray([.. data.Groups.Select(g => g.DeepClone())]),
            ["didNumbers"] = new JsonArray([.. data.DidNumbers.Select(d => d.DeepClone())]),
            ["users"] = new JsonArray([.. data.Users.Select(u => u.DeepClone())]),
        };
        return await PostAsync<SeedResult>(pbx, "seed", body, cancellationToken);
    }

    public Task<GenerateResult> GenerateAsync(StandInPbx pbx, GenerateRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<GenerateResult>(pbx, "generate", request, cancellationToken);

    public async Task<StandInState> GetStateAsync(StandInPbx pbx, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(Url(pbx, "state"), cancellationToken);
        return await ReadAsync<StandInState>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedRequest>> GetCallsAsync(StandInPbx pbx, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(Url(pbx, "calls"), cancellationToken);
        return (await ReadAsync<CallList>(response, cancellationToken)).Calls;
    }

    public async Task ClearCallsAsync(StandInPbx pbx, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(Url(pbx, "calls"), cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public Task<ArmedFaultInfo> AddFaultAsync(StandInPbx pbx, FaultSpec fault, CancellationToken cancellationToken = default) =>
        PostAsync<ArmedFaultInfo>(pbx, "faults", fault, cancellationToken);

    public async Task ClearFaultsAsync(StandInPbx pbx, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(Url(pbx, "faults"), cancellationToken);
        await EnsureAsync(response, cancellationToken);
    }

    public async Task<bool> CheckPasswordAsync(StandInPbx pbx, string number, string password, CancellationToken cancellationToken = default) =>
        (await PostAsync<JsonObject>(pbx, $"users/{Uri.EscapeDataString(number)}/check-password", new JsonObject { ["password"] = password }, cancellationToken))["matches"]!.GetValue<bool>();

    /// <summary>Moves the PBX's clock forward (tokens expire without waiting).</summary>
    public async Task AdvanceClockAsync(StandInPbx pbx, TimeSpan by, CancellationToken cancellationToken = default) =>
        await PostAsync<JsonObject>(pbx, "clock", new JsonObject { ["advanceSeconds"] = (int)Math.Ceiling(by.TotalSeconds) }, cancellationToken);

    public void Dispose()
    {
        if (ownsClient)
        {
            http.Dispose();
        }
    }

    private static Uri Url(StandInPbx pbx, string path) =>
        new($"{pbx.BaseUrl.ToString().TrimEnd('/')}/_standin{(path.Length == 0 ? "" : "/" + path)}");

    private async Task<T> PostAsync<T>(StandInPbx pbx, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(Url(pbx, path), body, JsonOptions, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(JsonOptions, cancellationToken)
            ?? throw new StandInControlException(response.StatusCode, "empty answer");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new StandInControlException(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private sealed record CallList(IReadOnlyList<RecordedRequest> Calls);
}

/// <summary>The test API refused a request (e.g. a seed that breaks a rule); <see cref="Body"/> is its OData error.</summary>
public sealed class StandInControlException : Exception
{
    public StandInControlException(HttpStatusCode status, string body)
        : base($"The stand-in answered {(int)status}: {body}")
    {
        Status = status;
        Body = body;
    }

    public StandInControlException()
    {
    }

    public StandInControlException(string message)
        : base(message)
    {
    }

    public StandInControlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode Status { get; }

    public string Body { get; } = "";
}
