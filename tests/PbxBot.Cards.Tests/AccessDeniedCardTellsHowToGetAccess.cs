using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// Someone without access learns who can grant it (an owner or administrator of the 3CX system) and sees the
/// id to pass on; the card offers nothing to click, since there is nothing they may do yet.
/// </summary>
public sealed class AccessDeniedCardTellsHowToGetAccess
{
    private const string UserId = "6f1c2e5a-8d3b-4a7e-9c10-2b4d6e8f0a13";

    [Fact]
    public void TheCardShowsTheUsersIdAndWhoCanGrantAccess()
    {
        var card = AccessDeniedCard.Build(new CardContext(Language.French, UniversalActions: true), UserId);

        var facts = Facts(card);
        Assert.Equal([("Votre identifiant", UserId)], facts);
        Assert.Contains("propriétaire ou à un administrateur", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void TheUsersNameAndThePbxAreShownWhenKnown()
    {
        var card = AccessDeniedCard.Build(new CardContext(Language.English, UniversalActions: false), UserId, "Camille Martin", "Acme Lyon");

        Assert.Equal([("Your name", "Camille Martin"), ("Your id", UserId)], Facts(card));
        Assert.Contains("the 3CX system “Acme Lyon”", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCardOffersNoButtonAndNoInput()
    {
        var json = CardJson.ToJson(AccessDeniedCard.Build(new CardContext(Language.French, UniversalActions: true), UserId));

        Assert.Empty(CardTree.Actions(json));
        Assert.Empty(CardTree.Inputs(json));
    }

    private static List<(string, string)> Facts(AdaptiveCard card) =>
        CardTree.Elements(CardJson.ToJson(card))
            .Where(e => CardTree.TypeOf(e) == "FactSet")
            .SelectMany(e => e["facts"]!.AsArray())
            .Select(f => (f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>()))
            .ToList();
}
