using Microsoft.AspNetCore.Http;

namespace PbxBot.Testing.Channel;

/// <summary>
/// Files a user sent, served as Teams (SharePoint's pre-authenticated <c>downloadUrl</c>) or a channel's attachment
/// store (<c>contentUrl</c>) serve them: <c>GET {serviceUrl}files/{id}</c>. Each download is recorded with its Authorization header.
/// </summary>
public sealed partial class FakeConnector
{
    private readonly Dictionary<string, ServedFile> files = new(StringComparer.Ordinal);
    private readonly List<(string Id, string? Authorization)> downloads = [];

    /// <summary>Makes <paramref name="content"/> downloadable; <paramref name="status"/> other than 200 simulates an expired link.</summary>
    public Uri ServeFile(byte[] content, string contentType = "text/csv", int status = 200)
    {
        var id = Guid.NewGuid().ToString("N");
        lock (gate)
        {
            files[id] = new ServedFile(content, contentType, status);
        }
        return new Uri(new Uri(ServiceUrl), $"files/{id}");
    }

    /// <summary>Every download of a served file: which, and the Authorization header it carried (null: none).</summary>
    public IReadOnlyList<(string Id, string? Authorization)> FileDownloads
    {
        get
        {
            lock (gate)
            {
                return [.. downloads];
            }
        }
    }

    private async Task<bool> TryServeFileAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var prefix = $"/{basePath}files/";
        if (!HttpMethods.IsGet(context.Request.Method) || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var id = path[prefix.Length..];
        ServedFile? file;
        lock (gate)
        {
            downloads.Add((id, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null));
            file = files.GetValueOrDefault(id);
        }
        if (file is not { Status: 200 })
        {
            context.Response.StatusCode = file?.Status ?? 404;
            return true;
        }
        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Content.Length;
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
        return true;
    }
}

/// <summary>A file the fake Connector serves, or the status its link answers instead.</summary>
internal sealed record ServedFile(byte[] Content, string ContentType, int Status);
