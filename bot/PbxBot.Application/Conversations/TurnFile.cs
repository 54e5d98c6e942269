namespace PbxBot.Application.Conversations;

/// <summary>
/// A file the user sent with a message: a CSV to import. Only where to fetch it is known; the bytes are read once,
/// bounded, by <see cref="IFileDownloads"/> when a feature wants them.
/// </summary>
/// <param name="Name">The file's name as the user's client gave it (<c>équipe.csv</c>).</param>
/// <param name="ContentType">The client's content type, often vague (<c>application/octet-stream</c>); never trusted to decide the format.</param>
/// <param name="Url">Where the file is: Teams' pre-authenticated <c>downloadUrl</c>, or the channel's <c>contentUrl</c>.</param>
/// <param name="Source">How the channel gave it, which decides whether the bot's token goes with the download.</param>
public sealed record TurnFile(string Name, string? ContentType, Uri Url, TurnFileSource Source);

public enum TurnFileSource
{
    /// <summary>Teams' <c>application/vnd.microsoft.teams.file.download.info</c>: a short-lived, pre-authenticated link (no token).</summary>
    TeamsDownload,

    /// <summary>An attachment uploaded to the channel (Web Chat, Direct Line, the Emulator): its <c>contentUrl</c>.</summary>
    ChannelUpload,
}

/// <summary>Opens a file the user sent, as a stream read while it downloads (the reader bounds how much it reads).</summary>
public interface IFileDownloads
{
    /// <exception cref="FileUnavailableException">The file cannot be fetched (expired link, channel down, refused).</exception>
    Task<Stream> OpenAsync(TurnFile file, CancellationToken cancellationToken);
}

public sealed class FileUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
