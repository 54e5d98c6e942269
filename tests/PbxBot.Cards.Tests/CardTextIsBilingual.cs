using System.Reflection;
using System.Text.RegularExpressions;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Cards.Tests;

/// <summary>
/// Every sentence of the kit exists in French and English with the same placeholders, and a card shows only
/// the operator's language.
/// </summary>
public sealed partial class CardTextIsBilingual
{
    public static TheoryData<string> Entries => new(CatalogueFields().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Entries))]
    public void EveryEntryHasBothLanguagesWithTheSamePlaceholders(string entry)
    {
        var text = (Text)typeof(CardText).GetField(entry)!.GetValue(null)!;

        Assert.False(string.IsNullOrWhiteSpace(text.French), $"{entry} has no French");
        Assert.False(string.IsNullOrWhiteSpace(text.English), $"{entry} has no English");
        Assert.Equal(Placeholders(text.French), Placeholders(text.English));
    }

    [Theory]
    [InlineData(Language.French, "fr")]
    [InlineData(Language.English, "en")]
    public void ACardShowsOnlyTheOperatorsLanguage(Language language, string code)
    {
        var json = CardJson.Serialize(AccessDeniedCard.Build(new CardContext(language, UniversalActions: true), "user-1"));
        var other = language == Language.French ? Language.English : Language.French;

        Assert.Contains($"\"lang\":\"{code}\"", json, StringComparison.Ordinal);
        Assert.Contains(Json(CardText.AccessDeniedTitle.In(language)), json, StringComparison.Ordinal);
        Assert.DoesNotContain(Json(CardText.AccessDeniedTitle.In(other)), json, StringComparison.Ordinal);
        Assert.DoesNotContain(Json(CardText.AccessDeniedHowToGetAccess.In(other)), json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", Language.French)]
    [InlineData("en-US", Language.English)]
    [InlineData(null, Language.French)]
    public void TheContextTakesTheLanguageFromTheTurnsLocale(string? locale, Language expected)
    {
        Assert.Equal(expected, CardContext.For(locale, universalActions: true).Language);
    }

    private static IEnumerable<FieldInfo> CatalogueFields() =>
        typeof(CardText).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Text));

    private static string[] Placeholders(string sentence) => [.. PlaceholderPattern().Matches(sentence).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text, CardJson.Options);

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
