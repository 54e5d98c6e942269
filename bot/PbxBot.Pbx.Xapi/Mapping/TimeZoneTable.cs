using PbxBot.Pbx.Xapi.Wire;

namespace PbxBot.Pbx.Xapi.Mapping;

/// <summary>
/// The PBX's time zones (<c>/Defs/TimeZones</c>): a group's <c>TimeZoneId</c> names one by the PBX's own <c>Id</c>,
/// beside its <c>IanaName</c>, while PbxBot speaks IANA. A zone the table does not know is passed through as it is,
/// so a PBX whose ids are IANA names works either way.
/// </summary>
internal sealed class TimeZoneTable
{
    public static readonly TimeZoneTable Empty = new([]);

    private readonly Dictionary<string, string> ianaById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> idByIana = new(StringComparer.OrdinalIgnoreCase);

    public TimeZoneTable(IEnumerable<XapiTimeZone> zones)
    {
        foreach (var zone in zones)
        {
            if (zone is { Id: { Length: > 0 } id, IanaName: { Length: > 0 } iana })
            {
                ianaById.TryAdd(id, iana);
                idByIana.TryAdd(iana, id);
            }
        }
    }

    /// <summary>The IANA name of the PBX's zone <paramref name="pbxZone"/>.</summary>
    public string? ToIana(string? pbxZone) =>
        string.IsNullOrWhiteSpace(pbxZone) ? null : ianaById.TryGetValue(pbxZone, out var iana) ? iana : pbxZone;

    /// <summary>The PBX's id of the IANA zone <paramref name="iana"/>.</summary>
    public string ToPbx(string iana) => ianaById.ContainsKey(iana) ? iana : idByIana.TryGetValue(iana, out var id) ? id : iana;
}
