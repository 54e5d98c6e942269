using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// A button is an Action.Execute with an Action.Submit fallback in Teams (Universal Actions), and a plain
/// Action.Submit elsewhere; either way the bot gets back the same verb and data.
/// </summary>
public sealed class ButtonsFollowTheClient
{
    private static readonly CardContext Teams = new(Language.French, UniversalActions: true);
    private static readonly CardContext WebChat = new(Language.French, UniversalActions: false);

    private static CardButton Next => new("Suivant", "next")
    {
        Data = new JsonObject { [CardDataKeys.Wizard] = "w-42", [CardDataKeys.Step] = 3 },
        Style = ActionStyle.Positive,
    };

    [Fact]
    public void TeamsGetsAnExecuteActionWithASubmitFallbackCarryingTheSameDataAndTheVerb()
    {
        var action = CardActions.Create(Teams, Next);

        JsonAssert.Equal("""
            {
              "type": "Action.Execute", "title": "Suivant", "verb": "next", "data": { "wizard": "w-42", "step": 3 },
              "associatedInputs": "auto", "style": "positive",
              "fallback": {
                "type": "Action.Submit", "title": "Suivant", "data": { "verb": "next", "wizard": "w-42", "step": 3 },
                "associatedInputs": "auto", "style": "positive"
              }
            }
            """, CardJson.ToJson(action));
    }

    [Fact]
    public void OtherClientsGetASubmitActionWhoseDataCarriesTheVerb()
    {
        var action = CardActions.Create(WebChat, Next);

        JsonAssert.Equal("""
            { "type": "Action.Submit", "title": "Suivant", "data": { "verb": "next", "wizard": "w-42", "step": 3 }, "associatedInputs": "auto", "style": "positive" }
            """, CardJson.ToJson(action));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AButtonThatDoesNotSubmitTheInputsSaysNone(bool universalActions)
    {
        var cancel = new CardButton("Annuler", "cancel") { SubmitsInputs = false };

        var json = CardJson.ToJson(CardActions.Create(new CardContext(Language.French, universalActions), cancel));

        Assert.Equal("none", json["associatedInputs"]?.GetValue<string>());
        Assert.Equal("none", (json["fallback"] ?? json)["associatedInputs"]?.GetValue<string>());
    }

    [Fact]
    public void AButtonWithoutDataSendsOnlyItsVerb()
    {
        var json = CardJson.ToJson(CardActions.Create(Teams, new CardButton("Aide", "help")));

        Assert.Null(json["data"]);
        JsonAssert.Equal("""{ "verb": "help" }""", json["fallback"]?["data"]);
    }

    [Fact]
    public void TheIdGoesOnTheActionTheClientShowsAndNotTwiceInTheCard()
    {
        var button = new CardButton("Approuver", "approve") { Id = "approve" };

        var teams = CardJson.ToJson(CardActions.Create(Teams, button));
        var webChat = CardJson.ToJson(CardActions.Create(WebChat, button));

        Assert.Equal("approve", teams["id"]?.GetValue<string>());
        Assert.Null(teams["fallback"]?["id"]);
        Assert.Equal("approve", webChat["id"]?.GetValue<string>());
    }

    [Fact]
    public void OneDataObjectCanGoOnManyButtonsAndStaysTheCallers()
    {
        var data = new JsonObject { [CardDataKeys.Wizard] = "w-42", ["pbx"] = new JsonObject { ["id"] = "acme" } };
        var buttons = new[] { new CardButton("A", "a") { Data = data }, new CardButton("B", "b") { Data = data } };

        var row = CardJson.ToJson(CardActions.Row(Teams, buttons));
        data["pbx"]!["id"] = "changed afterwards";

        Assert.Equal("acme", row["actions"]?[1]?["fallback"]?["data"]?["pbx"]?["id"]?.GetValue<string>());
        Assert.Equal("acme", row["actions"]?[0]?["data"]?["pbx"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public void TheVerbCannotBeSmuggledInTheData()
    {
        var button = new CardButton("Suivant", "next") { Data = new JsonObject { [CardDataKeys.Verb] = "delete" } };

        Assert.Throws<ArgumentException>(() => CardActions.Create(WebChat, button));
    }
}
