namespace PbxBot.Domain;

/// <summary>ISO 3166-1 alpha-2 country codes as the PBX settings give them.</summary>
public static class Countries
{
    /// <summary>Upper-cases and trims; admins write "UK" for the United Kingdom, whose ISO code is GB.</summary>
    public static string Normalise(string? country)
    {
        var code = (country ?? "").Trim().ToUpperInvariant();
        return code == "UK" ? "GB" : code;
    }
}
