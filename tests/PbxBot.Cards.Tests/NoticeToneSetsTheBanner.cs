using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>A notice is a banner tinted by its tone, then its facts and buttons when it has any.</summary>
public sealed class NoticeToneSetsTheBanner
{
    private static readonly CardContext Teams = new(Language.French, UniversalActions: true);

    [Theory]
    [InlineData(NoticeTone.Info, "accent")]
    [InlineData(NoticeTone.Success, "good")]
    [InlineData(NoticeTone.Warning, "warning")]
    [InlineData(NoticeTone.Error, "attention")]
    public void TheToneTintsTheBanner(NoticeTone tone, string style)
    {
        var card = CardJson.ToJson(NoticeCard.Build(Teams, tone, "Titre", "Texte"));

        var banner = card["body"]![0]!;
        Assert.Equal(style, banner["style"]?.GetValue<string>());
        Assert.Equal(["Titre", "Texte"], banner["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void ANoticeWithoutFactsOrButtonsIsTheBannerAlone()
    {
        var card = NoticeCard.Build(Teams, NoticeTone.Success, "Extension 104 créée", "Camille peut se connecter.");

        Assert.Single(card.Body);
        Assert.Equal("Extension 104 créée — Camille peut se connecter.", card.FallbackText);
    }

    [Fact]
    public void FactsFollowTheBannerAndButtonsCloseTheCard()
    {
        var card = NoticeCard.Build(Teams, NoticeTone.Info, "Demande envoyée", "Un administrateur va l'examiner.",
            facts: [("Numéro", "104"), ("E-mail", null)],
            buttons: [new CardButton("Nouvelle demande", "request.new")]);

        var json = CardJson.ToJson(card);
        var facts = CardTree.Elements(json).Single(e => CardTree.TypeOf(e) == "FactSet")["facts"]!.AsArray().Select(f => f!["value"]!.GetValue<string>());
        Assert.Equal(["104", CardText.NotGiven.French], facts);
        var actionSet = Assert.IsType<ActionSet>(card.Body[^1]);
        Assert.Equal("request.new", Assert.IsType<ExecuteAction>(Assert.Single(actionSet.Actions)).Verb);
    }
}
