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

    public async Task<Stream> OpenAsync(TurnFile file, ConversationReference conversation, long maxBytes, CancellationToken cancellationToken)
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
        if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
        {
            response.Dispose();
            // Read nothing of a file announced too large: the reader's limit check still says so.
            return new MemoryStream(new byte[Math.Min(length, maxBytes + 1)], writable: false);
        }
        return new ResponseStream(await response.Content.ReadAsStreamAsync(cancellationToken), response);
    }

    /// <summary>The body, disposing the response with it.</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
