using System.Text.Json.Serialization;

namespace PbxBot.Pbx.Xapi.Wire;

/// <summary>
/// The JSON of the answers PbxBot reads, generated at build time. XAPI's property names are PascalCase as in the
/// swagger; reading ignores case and accepts numbers sent as strings, as OData services may.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ODataPage<XapiUser>))]
[JsonSerializable(typeof(ODataPage<XapiGroup>))]
[JsonSerializable(typeof(ODataPage<XapiDidNumber>))]
[JsonSerializable(typeof(ODataPage<XapiTimeZone>))]
[JsonSerializable(typeof(XapiUser))]
[JsonSerializable(typeof(XapiGroup))]
[JsonSerializable(typeof(XapiSystemParameters))]
internal sealed partial class XapiJson : JsonSerializerContext;
