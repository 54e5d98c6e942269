namespace PbxBot.Pbx.Xapi.Http;

/// <summary>
/// Composes a PBX's URLs by appending to its configured address, path included: <c>http://127.0.0.1:5080/t/abc</c>
/// gives <c>…/t/abc/connect/token</c> and <c>…/t/abc/xapi/v1/Users</c>.
/// </summary>
internal readonly record struct XapiAddress(string Value)
{
    public const string ApiPath = "xapi/v1/";

    /// <summary>The configured URL, ending with exactly one slash.</summary>
    public static XapiAddress Root(string url) => new(url.Trim().TrimEnd('/') + "/");

    /// <summary><paramref name="relative"/> (a path, possibly with a query) below this address.</summary>
    public Uri Append(string relative) => new(Value + relative.TrimStart('/'), UriKind.Absolute);

    public XapiAddress Api => new(Value + ApiPath);
}
