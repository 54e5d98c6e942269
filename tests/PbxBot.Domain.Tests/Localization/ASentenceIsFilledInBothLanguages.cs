namespace PbxBot.Domain.Tests.Localization;

/// <summary>A reply built before its reader's language is known keeps both languages, placeholders filled in each.</summary>
public sealed class ASentenceIsFilledInBothLanguages
{
    private static readonly Text Created = new("Extension {0} créée pour {1}.", "Extension {0} created for {1}.");

    [Fact]
    public void EachLanguageGetsTheValues()
    {
        var filled = Created.With("103", "Ada Lovelace");

        Assert.Equal("Extension 103 créée pour Ada Lovelace.", filled.In(Language.French));
        Assert.Equal("Extension 103 created for Ada Lovelace.", filled.In(Language.English));
    }

    [Fact]
    public void FillingIsFormattingInEachLanguage() =>
        Assert.Equal(Created.Format(Language.English, "7", "x"), Created.With("7", "x").English);
}
