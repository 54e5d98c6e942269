using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PbxBot.Testing.Channel;

/// <summary>
/// An OpenID authority on loopback (Bot Framework's or Entra's): metadata with a <c>jwks_uri</c>, and a JWKS of the
/// keys published so far. Keys can be published later to simulate a key rotation.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<TestSigningKey> keys = [];
    private int metadataRequests;
    private int keySetRequests;

    private OpenIdMetadataServer(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The metadata URL, for <c>Bot:ChannelOpenIdMetadataUrl</c> or <c>Bot:EntraOpenIdMetadataUrl</c>.</summary>
    public string MetadataUrl => new Uri(BaseAddress, ".well-known/openid-configuration").AbsoluteUri;

    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public int KeySetRequests => Volatile.Read(ref keySetRequests);

    public static async Task<OpenIdMetadataServer> StartAsync(params TestSigningKey[] keys)
    {
        var builder = LoopbackServer.CreateBuilder();
        var app = builder.Build();
        var server = new OpenIdMetadataServer(app);
        server.keys.AddRange(keys);
        app.MapGet("/.well-known/openid-configuration", server.Metadata);
        app.MapGet("/keys", server.KeySet);
        server.BaseAddress = await LoopbackServer.StartAsync(app, CancellationToken.None);
        return server;
    }

    public void Publish(TestSigningKey key)
    {
        lock (gate)
        {
            keys.Add(key);
        }
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref metadataRequests);
        return Results.Json(new JsonObject
        {
            ["issuer"] = BaseAddress.AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseAddress, "keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult KeySet()
    {
        Interlocked.Increment(ref keySetRequests);
        var set = new JsonArray();
        lock (gate)
        {
            foreach (var key in keys)
            {
                set.Add(key.ToJwk());
            }
        }
        return Results.Json(new JsonObject { ["keys"] = set });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
