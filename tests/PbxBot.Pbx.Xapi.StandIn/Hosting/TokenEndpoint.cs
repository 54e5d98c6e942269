using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;

namespace PbxBot.Pbx.Xapi.StandIn.Hosting;

/// <summary>
/// <c>POST /connect/token</c>, the swagger's <c>clientCredentials.tokenUrl</c>: OAuth 2 client credentials
/// (RFC 6749 §4.4). The client authenticates in the form (<c>client_id</c>, <c>client_secret</c>) or with HTTP Basic
/// (§2.3.1). Errors follow §5.2: 400 <c>invalid_request</c>, <c>invalid_client</c> (401 with a challenge when Basic
/// was used), <c>unsupported_grant_type</c>.
/// </summary>
public static class TokenEndpoint
{
    public static Reply Handle(PbxTenant tenant, HttpRequest request, byte[] body)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return OAuthError(405, "invalid_request", "The token endpoint takes POST.");
        }
        if (!request.HasFormContentType)
        {
            return OAuthError(400, "invalid_request", "The token request is a form (application/x-www-form-urlencoded).");
        }
        var form = Form(body);
        var (id, secret, basic) = Credentials(request, form);
        if (id != tenant.Settings.ClientId || secret != tenant.Settings.ClientSecret)
        {
            var refused = OAuthError(basic ? 401 : 400, "invalid_client", "Client authentication failed.");
            return basic ? refused.With("WWW-Authenticate", "Basic realm=\"3CX\"") : refused;
        }
        var grant = form.GetValueOrDefault("grant_type").ToString();
        if (grant.Length == 0)
        {
            return OAuthError(400, "invalid_request", "grant_type is missing.");
        }
        if (grant != "client_credentials")
        {
            return OAuthError(400, "unsupported_grant_type", $"Only client_credentials is supported here, not '{grant}'.");
        }
        var lifetime = tenant.Settings.TokenLifetime;
        var token = tenant.Tokens.Issue(tenant.Now + lifetime);
        return Reply.Json(200, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)lifetime.TotalSeconds,
        }).With("Cache-Control", "no-store").With("Pragma", "no-cache");
    }

    /// <summary>The form as recorded in the call log: the secret is never kept.</summary>
    public static JsonObject Recorded(byte[] body)
    {
        var recorded = new JsonObject();
        foreach (var (name, value) in Form(body))
        {
            recorded[name] = name == "client_secret" ? "(redacted)" : value.ToString();
        }
        return recorded;
    }

    private static Dictionary<string, StringValues> Form(byte[] body) => QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    private static (string? Id, string? Secret, bool Basic) Credentials(HttpRequest request, Dictionary<string, StringValues> form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? (null, null, true)
                    : (Uri.UnescapeDataString(pair[..colon].Replace('+', ' ')), Uri.UnescapeDataString(pair[(colon + 1)..].Replace('+', ' ')), true);
            }
            catch (FormatException)
            {
                return (null, null, true);
            }
        }
        return (form.GetValueOrDefault("client_id").ToString(), form.GetValueOrDefault("client_secret").ToString(), false);
    }

    private static Reply OAuthError(int status, string error, string description) => Reply.Json(status, new JsonObject
    {
        ["error"] = error,
        ["error_description"] = description,
    }).With("Cache-Control", "no-store").With("Pragma", "no-cache");
}
