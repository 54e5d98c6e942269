using System.Net;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;

namespace PbxBot.Channel.Connector;

/// <summary>
/// Fetches a file a user sent. A Teams <c>downloadUrl</c> is pre-authenticated and goes without a token (it points at
/// SharePoint, not at a Connector). An uploaded attachment's <c>contentUrl</c> goes through the Connector client, which
/// adds the bot's token only towards a trusted service URL (the Emulator and some channels ask for it).
/// </summary>
internal sealed class ChannelFileDownloads(IHttpClientFactory clients, ILogger<ChannelFileDownloads> logger) : IFileDownloads
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<Stream> OpenAsync(TurnFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var client = clients.CreateClient(file.Source == TurnFileSource.TeamsDownload ? ChannelHttpClients.Files : ChannelHttpClients.Connector);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(file.Url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not fetch the file {Name} from {Host}", file.Name, file.Url.Host);
            throw new FileUnavailableException($"the file could not be fetched ({e.GetType().Name})", e);
        }
        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            logger.LogWarning("Fetching the file {Name} from {Host} answered {Status}", file.Name, file.Url.Host, (int)status);
            throw new FileUnavailableException(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                ? $"the link to the file has expired or is refused ({(int)status})"
                : $"the file could not be fetched ({(int)status})");
        }
        // Disposing the body releases the response and its connection; the reader stops one byte past its size limit.
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }
}
