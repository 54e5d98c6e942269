using System.Reflection;
using System.Text.RegularExpressions;
using PbxBot.Domain.Rules;

namespace PbxBot.Domain.Tests.Rules;

/// <summary>Every stable code has a message in both languages, with the same placeholders, so that no card ever shows a raw code.</summary>
public sealed partial class EveryErrorCodeSpeaksFrenchAndEnglish
{
    private static readonly string[] AllCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static TheoryData<string> Codes() => new(AllCodes);

    [Fact]
    public void CodesAreUniqueAndDotted()
    {
        var codes = AllCodes;

        Assert.True(codes.Length > 50);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z0-9_]+(\\.[a-z0-9_]+)+$", c));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheCodeHasAMessageInEachLanguage(string code)
    {
        Assert.True(ErrorMessages.Templates.TryGetValue(code, out var text), $"{code} has no message");
        Assert.False(string.IsNullOrWhiteSpace(text.French));
        Assert.False(string.IsNullOrWhiteSpace(text.English));
        Assert.NotEqual(text.French, text.English);
        Assert.Equal(Placeholders(text.French), Placeholders(text.English));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void TheMessageFormatsWithItsArguments(string code)
    {
        var template = ErrorMessages.Templates[code];
        var args = Placeholders(template.French).Select(i => (object)$"arg{i}").ToArray();

        var message = ErrorMessages.Format(code, args);

        Assert.DoesNotContain("{", message.French, StringComparison.Ordinal);
        Assert.DoesNotContain("{", message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryMessageIsForACode()
    {
        var codes = AllCodes.ToHashSet();

        Assert.All(ErrorMessages.Templates.Keys, k => Assert.Contains(k, codes));
    }

    [Fact]
    public void ATextArgumentIsPutInTheMessagesLanguage()
    {
        var message = ErrorMessages.Format(ErrorCodes.GrantDepartmentsRequired, new Text("Manager FR", "Manager EN"));

        Assert.Contains("Manager FR", message.French, StringComparison.Ordinal);
        Assert.Contains("Manager EN", message.English, StringComparison.Ordinal);
    }

    private static int[] Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToArray();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
