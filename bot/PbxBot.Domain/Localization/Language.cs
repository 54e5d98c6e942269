namespace PbxBot.Domain;

/// <summary>The two languages PbxBot speaks. French first: the users are French 3CX resellers and their customers.</summary>
public enum Language
{
    French,
    English,
}

public static class Languages
{
    /// <summary>Maps a Teams/BCP-47 locale ("fr-FR", "en-US", null) to a language; French when unknown.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;

    public static string Code(this Language language) => language == Language.English ? "en" : "fr";
}
