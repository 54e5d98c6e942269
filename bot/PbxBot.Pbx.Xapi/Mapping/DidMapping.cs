using PbxBot.Domain;

namespace PbxBot.Pbx.Xapi.Mapping;

/// <summary>
/// A <c>Pbx.DidNumber</c>'s <c>Number</c> in E.164. The PBX keeps DIDs as its trunks deliver them: "+33180203040",
/// "33180203040" (international without the plus) or "0180203040" (national, read in the PBX's country).
/// </summary>
internal static class DidMapping
{
    public static string? ToE164(string? number, string country)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var trimmed = number.Trim();
        if (E164.TryNormalise(trimmed, country, out var e164))
        {
            return e164;
        }
        return trimmed.All(char.IsAsciiDigit) && E164.TryNormalise("+" + trimmed, country, out e164) ? e164 : null;
    }
}
