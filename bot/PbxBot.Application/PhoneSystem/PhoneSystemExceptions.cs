namespace PbxBot.Application.PhoneSystem;

/// <summary>A PBX call failed; see the subclasses for what to do about it.</summary>
public abstract class PhoneSystemException : Exception
{
    protected PhoneSystemException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The PBX refused the change (4xx: duplicate number, invalid field, licence limit, emergency number…). Retrying the
/// same change cannot help; the operator corrects it or discards it.
/// </summary>
/// <param name="field">The field the PBX named, as a card input id (<c>Domain.Rules.ExtensionFields</c>, <c>DepartmentFields</c>), or null.</param>
/// <param name="reason">The PBX's own words, shown to the operator as they are.</param>
/// <param name="code">The PBX's error code, e.g. <c>ALREADY_IN_USE</c>, when it gave one.</param>
public sealed class PbxRefusedException(string? field, string reason, int status, string? code = null, Exception? innerException = null)
    : PhoneSystemException($"The PBX refused ({status}{(code is null ? "" : " " + code)}{(field is null ? "" : ", " + field)}): {reason}", innerException)
{
    public string? Field { get; } = field;

    public string Reason { get; } = reason;

    public int Status { get; } = status;

    public string? Code { get; } = code;
}

/// <summary>The user or group is not (or no longer) on the PBX.</summary>
public sealed class PbxNotFoundException(string what, Exception? innerException = null)
    : PhoneSystemException($"Not found on the PBX: {what}", innerException);

/// <summary>The PBX could not be reached or asked to come back later (timeout, 429, 5xx, refused token): retry with backoff.</summary>
public sealed class PbxUnavailableException(string message, TimeSpan? retryAfter = null, Exception? innerException = null)
    : PhoneSystemException(message, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
