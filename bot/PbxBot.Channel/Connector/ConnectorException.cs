namespace PbxBot.Channel.Connector;

/// <summary>A Connector (or token endpoint) call failed; <see cref="StatusCode"/> is null when no answer came back.</summary>
public sealed class ConnectorException(string message, int? statusCode = null, string? errorCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>The Connector's <c>error.code</c>, e.g. <c>Throttled</c>, <c>MessageSizeTooBig</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    public bool IsClientError => StatusCode is >= 400 and < 500;
}
