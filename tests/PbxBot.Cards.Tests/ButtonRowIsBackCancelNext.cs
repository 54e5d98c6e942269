using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// Every wizard card ends with the same buttons in the same order: Back, Cancel, then Next — or Confirm on
/// the review card. Back and Cancel do not send the inputs; all carry the wizard's data.
/// </summary>
public sealed class ButtonRowIsBackCancelNext
{
    private static readonly JsonObject WizardData = new() { [CardDataKeys.Wizard] = "w-7", [CardDataKeys.Step] = 2 };

    [Fact]
    public void TheRowIsBackCancelNextInTheOperatorsLanguage()
    {
        var french = Summary(new ButtonRow { Data = WizardData }, new CardContext(Language.French, UniversalActions: false));
        var english = Summary(new ButtonRow { Data = WizardData }, new CardContext(Language.English, UniversalActions: false));

        Assert.Equal(["Retour/back/none", "Annuler/cancel/none", "Suivant/next/auto"], french);
        Assert.Equal(["Back/back/none", "Cancel/cancel/none", "Next/next/auto"], english);
    }

    [Fact]
    public void TheReviewCardConfirmsInsteadOfGoingOn()
    {
        var row = Summary(new ButtonRow { IsReview = true }, new CardContext(Language.French, UniversalActions: true));

        Assert.Equal(["Retour/back/none", "Annuler/cancel/none", "Confirmer/confirm/auto"], row);
    }

    [Fact]
    public void TheFirstCardHasNoBackButton()
    {
        var row = Summary(new ButtonRow { ShowBack = false }, new CardContext(Language.English, UniversalActions: true));

        Assert.Equal(["Cancel/cancel/none", "Next/next/auto"], row);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryButtonCarriesTheWizardAndStep(bool universalActions)
    {
        var row = CardJson.ToJson(new ButtonRow { Data = WizardData }.For(new CardContext(Language.French, universalActions)));

        foreach (var action in row["actions"]!.AsArray())
        {
            var submitted = action!["fallback"]?["data"] ?? action["data"];
            Assert.Equal("w-7", submitted?[CardDataKeys.Wizard]?.GetValue<string>());
            Assert.Equal(2, submitted?[CardDataKeys.Step]?.GetValue<int>());
        }
    }

    [Fact]
    public void OnlyTheLastButtonIsStyledAsTheWayForward()
    {
        var styles = new ButtonRow().For(new CardContext(Language.French, UniversalActions: true)).Actions.Select(a => a.Style);

        Assert.Equal([null, null, ActionStyle.Positive], styles);
    }

    /// <summary>title/verb/associatedInputs of each button, as the client will submit it.</summary>
    private static List<string> Summary(ButtonRow row, CardContext context) =>
        CardJson.ToJson(row.For(context))["actions"]!.AsArray()
            .Select(a => a!["fallback"] ?? a)
            .Select(a => $"{a!["title"]}/{a["data"]?[CardDataKeys.Verb]}/{a["associatedInputs"]}")
            .ToList();
}
