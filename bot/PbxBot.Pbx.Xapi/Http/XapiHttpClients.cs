namespace PbxBot.Pbx.Xapi.Http;

/// <summary>Names of the connector's HttpClients (IHttpClientFactory), shared by every PBX.</summary>
internal static class XapiHttpClients
{
    /// <summary>Calls to <c>/xapi/v1</c>: creates (POST) are never retried.</summary>
    public const string Api = "PbxBot.Pbx.Xapi";

    /// <summary>Token requests: asking for a token twice is harmless, so they are retried.</summary>
    public const string Token = "PbxBot.Pbx.Xapi.Token";
}
