using PbxBot.Application.Downloads;

namespace PbxBot.Host.Files;

/// <summary>
/// <c>GET /files/{pbxId}/{id}</c>: the import template, an import's error report or an export, behind the expiring
/// random link a card gave (<see cref="DownloadLinks"/>). Unknown or expired links answer 404 with a short page.
/// </summary>
public static class FileLinkEndpoints
{
    public static IEndpointRouteBuilder MapFileLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{pbxId}/{id}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(string pbxId, string id, DownloadLinks links, HttpContext http, CancellationToken cancellationToken)
    {
        var file = await links.OpenAsync(pbxId, id, cancellationToken);
        // Never cached by a proxy or the browser: an export holds personal data.
        http.Response.Headers.CacheControl = "no-store";
        if (file is null)
        {
            return Results.Content(
                "<!doctype html><meta charset=utf-8><title>PbxBot</title><p>Ce lien a expiré ou n'existe pas : redemandez le fichier au bot.</p><p>This link has expired or does not exist: ask the bot for the file again.</p>",
                "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
