namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>One problem, as an item of the swagger's <c>Pbx.ODataErrors.ErrorDetails</c>.</summary>
public sealed record ErrorDetail(string Code, string Message, string? Target);

/// <summary>
/// A refusal with its HTTP status, written as the swagger's <c>Pbx.ODataErrors.ODataError</c>:
/// <c>{ "error": { "code", "message", "target", "details": [ … ] } }</c>. The main error repeats the first detail, so a
/// client reading either finds the property at fault.
/// </summary>
public sealed class XapiException : Exception
{
    public XapiException(int status, string code, string message, string? target = null)
        : this(status, [new ErrorDetail(code, message, target)])
    {
    }

    public XapiException(int status, IReadOnlyList<ErrorDetail> details)
        : base(details.Count > 0 ? details[0].Message : "error")
    {
        if (details.Count == 0)
        {
            throw new ArgumentException("An error needs at least one detail.", nameof(details));
        }
        Status = status;
        Details = details;
    }

    public XapiException()
        : this(500, "INTERNAL", "error")
    {
    }

    public XapiException(string message)
        : this(500, "INTERNAL", message)
    {
    }

    public XapiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        Details = [new ErrorDetail("INTERNAL", message, null)];
    }

    public int Status { get; }

    public IReadOnlyList<ErrorDetail> Details { get; }

    public string Code => Details[0].Code;

    public string? Target => Details[0].Target;

    public static XapiException BadRequest(string code, string message, string? target = null) => new(400, code, message, target);

    public static XapiException NotFound(string message) => new(404, ErrorCodes.NotFound, message);
}

/// <summary>The error codes the stand-in answers with (3CX's own codes are not in the swagger; these are ours).</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotImplemented = "NOT_IMPLEMENTED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string InvalidJson = "INVALID_JSON";
    public const string UnknownProperty = "UNKNOWN_PROPERTY";
    public const string InvalidType = "INVALID_TYPE";
    public const string InvalidValue = "INVALID_VALUE";
    public const string Required = "REQUIRED";
    public const string InvalidKey = "INVALID_KEY";
    public const string InvalidQuery = "INVALID_QUERY";
    public const string AlreadyInUse = "ALREADY_IN_USE";
    public const string InvalidNumber = "INVALID_NUMBER";
    public const string EmergencyNumber = "EMERGENCY_NUMBER";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string UnknownDid = "UNKNOWN_DID";
    public const string InvalidRole = "INVALID_ROLE";
    public const string PrimaryGroup = "PRIMARY_GROUP";
    public const string ReadOnly = "READ_ONLY";
    public const string LicenseLimit = "LICENSE_LIMIT";
    public const string GroupHasMembers = "GROUP_HAS_MEMBERS";
    public const string DefaultGroup = "DEFAULT_GROUP";
    public const string NoEmailAddress = "NO_EMAIL_ADDRESS";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string InjectedFault = "INJECTED_FAULT";
}
