using System.Text.Json.Nodes;
using PbxBot.Cards.Builders;
using PbxBot.Domain;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// The help card offers exactly the entries it is given (the caller decides what this operator may do), each
/// with a button sending its verb; with none, it says there is nothing to do yet.
/// </summary>
public sealed class HelpCardOffersTheGivenEntries
{
    private static readonly CardContext WebChat = new(Language.French, UniversalActions: false);

    private static readonly HelpEntry NewExtension = new(new("Nouvelle extension", "New extension"), new("Créer un utilisateur.", "Create a user."), "extension.new");

    private static readonly HelpEntry OfficeHours = new(new("Horaires", "Office hours"), new("Changer les horaires.", "Change the hours."), "officehours.edit")
    {
        ButtonTitle = new("Modifier", "Edit"),
        Data = new JsonObject { ["pbx"] = "acme" },
    };

    [Fact]
    public void EachEntryHasOneButtonSendingItsVerbAndData()
    {
        var card = CardJson.ToJson(HelpCard.Build(WebChat, [NewExtension, OfficeHours]));

        var buttons = CardTree.Actions(card).Select(a => (Title: a["title"]!.GetValue<string>(), Data: a["data"]!.ToJsonString())).ToList();
        Assert.Equal(
            [("Commencer", """{"verb":"extension.new"}"""), ("Modifier", """{"verb":"officehours.edit","pbx":"acme"}""")],
            buttons);
    }

    [Fact]
    public void HelpButtonsDoNotSubmitInputs()
    {
        var card = CardJson.ToJson(HelpCard.Build(new CardContext(Language.English, UniversalActions: true), [NewExtension]));

        Assert.All(CardTree.Actions(card), a => Assert.Equal("none", a["associatedInputs"]?.GetValue<string>()));
    }

    [Fact]
    public void WithoutEntriesTheCardSaysThereIsNothingToDoAndOffersNoButton()
    {
        var card = CardJson.ToJson(HelpCard.Build(WebChat, []));

        Assert.Empty(CardTree.Actions(card));
        Assert.Contains(CardTree.Elements(card), e => e["text"]?.GetValue<string>() == CardText.HelpNothingAvailable.French);
    }

    [Fact]
    public void TheTitleAndIntroCanBeTheCallers()
    {
        var card = HelpCard.Build(new CardContext(Language.English, UniversalActions: true), [NewExtension], new Text("Aide PBX", "PBX help"), new Text("Bonjour", "Hello"));

        var texts = CardTree.Elements(CardJson.ToJson(card)).Select(e => e["text"]?.GetValue<string>()).OfType<string>().Take(2);
        Assert.Equal(["PBX help", "Hello"], texts);
        Assert.Equal("PBX help", card.FallbackText);
    }
}
