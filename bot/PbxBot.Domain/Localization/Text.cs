namespace PbxBot.Domain;

/// <summary>A sentence in both languages, side by side so that neither can be forgotten.</summary>
public readonly record struct Text(string French, string English)
{
    public string In(Language language) => language == Language.English ? English : French;

    /// <summary>Formats the sentence in the given language with <see cref="string.Format(IFormatProvider, string, object[])"/> placeholders.</summary>
    public string Format(Language language, params object?[] args) =>
        string.Format(language == Language.English ? System.Globalization.CultureInfo.GetCultureInfo("en-US") : System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), In(language), args);

    /// <summary>The sentence with its placeholders filled, still in both languages (for a reply whose reader is not known yet).</summary>
    public Text With(params object?[] args) => new(Format(Language.French, args), Format(Language.English, args));
}
