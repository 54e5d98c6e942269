using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Support;

/// <summary>
/// A fresh PBX on the shared stand-in for one test, with raw HTTP helpers that say exactly what goes on the wire
/// (no XAPI client: these tests check the stand-in against the swagger, not a client against the stand-in).
/// </summary>
public sealed class TestPbx
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
    private string? token;

    private TestPbx(StandInControl control, StandInPbx pbx)
    {
        Control = control;
        Pbx = pbx;
    }

    public StandInControl Control { get; }

    public StandInPbx Pbx { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<TestPbx> NewAsync(PbxOptions? options = null)
    {
        var control = await SharedStandIn.GetAsync();
        return new TestPbx(control, await control.CreatePbxAsync(options, Ct));
    }

    public static TestPbx On(StandInControl control, StandInPbx pbx) => new(control, pbx);

    public Uri Url(string relative) => new($"{Pbx.BaseUrl.ToString().TrimEnd('/')}{relative}");

    /// <summary>POST /connect/token with a form; returns the raw answer.</summary>
    public async Task<Answer> TokenRequestAsync(params (string Name, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await Http.PostAsync(Url("/connect/token"), content, Ct);
        return await Answer.ReadAsync(response);
    }

    public async Task<string> NewTokenAsync()
    {
        var answer = await TokenRequestAsync(("grant_type", "client_credentials"), ("client_id", Pbx.ClientId), ("client_secret", Pbx.ClientSecret));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body!["access_token"]!.GetValue<string>();
    }

    public async Task<Answer> GetAsync(string relative, string? bearer = null) => await SendAsync(HttpMethod.Get, relative, null, bearer);

    public async Task<Answer> PostAsync(string relative, string? json, string? bearer = null) => await SendAsync(HttpMethod.Post, relative, json, bearer);

    public async Task<Answer> PatchAsync(string relative, string json) => await SendAsync(HttpMethod.Patch, relative, json);

    public async Task<Answer> DeleteAsync(string relative) => await SendAsync(HttpMethod.Delete, relative, null);

    /// <summary>Sends to <c>{base}/xapi/v1{relative}</c> (or <c>{base}{relative}</c> when it starts elsewhere) with a bearer token.</summary>
    public async Task<Answer> SendAsync(HttpMethod method, string relative, string? json, string? bearer = null, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(method, Url(relative.StartsWith("/xapi", StringComparison.Ordinal) || relative.StartsWith("/connect", StringComparison.Ordinal) ? relative : "/xapi/v1" + relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? (token ??= await NewTokenAsync()));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        adjust?.Invoke(request);
        using var response = await Http.SendAsync(request, Ct);
        return await Answer.ReadAsync(response);
    }

    /// <summary>A GET's raw body: what the stand-in sent, without the cost of a JSON tree.</summary>
    public async Task<byte[]> GetBytesAsync(string relative)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("/xapi/v1" + relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ??= await NewTokenAsync());
        using var response = await Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    /// <summary>Creates a user over XAPI and returns its id.</summary>
    public async Task<int> CreateUserAsync(string json)
    {
        var answer = await PostAsync("/Users", json);
        Assert.True(answer.Status == HttpStatusCode.Created, answer.ToString());
        return answer.Body!["Id"]!.GetValue<int>();
    }

    public async Task<int> CreateGroupAsync(string json)
    {
        var answer = await PostAsync("/Groups", json);
        Assert.True(answer.Status == HttpStatusCode.Created, answer.ToString());
        return answer.Body!["Id"]!.GetValue<int>();
    }

    public Task<SeedResult> SeedAsync(SeedData data) => Control.SeedAsync(Pbx, data, Ct);

    public Task<StandInState> StateAsync() => Control.GetStateAsync(Pbx, Ct);

    public Task<IReadOnlyList<RecordedRequest>> CallsAsync() => Control.GetCallsAsync(Pbx, Ct);

    public static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();
}

/// <summary>A raw HTTP answer: status, headers, parsed JSON body.</summary>
public sealed record Answer(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders, string Text)
{
    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonNode? body = null;
        if (text.Length > 0)
        {
            body = JsonNode.Parse(text);
        }
        return new Answer(response.StatusCode, body, response.Headers, response.Content.Headers, text);
    }

    public string? ErrorCode => Body?["error"]?["code"]?.GetValue<string>();

    public string? ErrorTarget => Body?["error"]?["target"]?.GetValue<string>();

    public JsonArray Value => Body!["value"]!.AsArray();

    public override string ToString() => $"{(int)Status} {Text}";

    /// <summary>Asserts an OData error with this status, code and target.</summary>
    public void AssertError(HttpStatusCode status, string code, string? target)
    {
        Assert.True(Status == status, $"expected {(int)status}, got {this}");
        Assert.Equal(code, ErrorCode);
        Assert.Equal(target, ErrorTarget);
        Assert.Contains(Body!["error"]!["details"]!.AsArray(), d => d!["target"]?.GetValue<string>() == target);
    }
}
