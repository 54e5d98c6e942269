using PbxBot.Application.Commands;

namespace PbxBot.Application.Tests.Commands;

/// <summary>Commands and searches compare lower-case, accent-free, single-spaced words; e-mail addresses and numbers stay whole.</summary>
public sealed class SearchTextIgnoresCaseAccentsAndPunctuation
{
    [Theory]
    [InlineData("  Créer   un DÉPARTEMENT ! ", "creer un departement")]
    [InlineData("Hélène Ørsted-Løkke", "helene ørsted-løkke")]
    [InlineData("l'e-mail de bienvenue", "l e-mail de bienvenue")]
    [InlineData("Marie.Curie@Dupont.example", "marie.curie@dupont.example")]
    [InlineData("+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void TextIsNormalised(string? text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));
}
