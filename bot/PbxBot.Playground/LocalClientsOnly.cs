using System.Net;
using Microsoft.AspNetCore.Http;

namespace PbxBot.Playground;

/// <summary>
/// The playground lets whoever uses it act as any sample user: it answers only a browser on this machine, unless
/// <see cref="PlaygroundOptions.AllowRemoteClients"/> is set. Anything else gets the same 404 as a playground that is
/// off, so its presence is not even revealed. A request relayed by a proxy (it carries forwarding headers) is remote
/// even when the proxy itself runs on loopback.
/// </summary>
internal sealed class LocalClientsOnly(bool allowRemote) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        allowRemote || IsLocal(context.HttpContext) ? next(context) : ValueTask.FromResult<object?>(Results.NotFound());

    public static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote
        && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For")
        && !http.Request.Headers.ContainsKey("Forwarded");
}
