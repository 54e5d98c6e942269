using PbxBot.Cards.Model;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// When the rules service rejects a value, its message sits in red right under the input, with the id
/// <c>{inputId}.error</c>; a field without an error shows the input alone.
/// </summary>
public sealed class FieldErrorsShowUnderTheirInput
{
    private static TextInput Number => new("number") { Label = "Numéro", IsRequired = true, ErrorMessage = "Numéro requis", Value = "112" };

    [Fact]
    public void AnErrorIsAWrappedAttentionTextBlockRightAfterTheInput()
    {
        var field = CardJson.ToJson(CardForm.Field(Number, "Le 112 est un numéro d'urgence."));

        JsonAssert.Equal("""
            {
              "type": "Container",
              "items": [
                { "type": "Input.Text", "id": "number", "label": "Numéro", "isRequired": true, "errorMessage": "Numéro requis", "value": "112" },
                { "type": "TextBlock", "id": "number.error", "text": "Le 112 est un numéro d'urgence.", "color": "attention", "wrap": true, "spacing": "small" }
              ]
            }
            """, field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void WithoutAnErrorTheFieldIsTheInputAlone(string? error)
    {
        var field = CardForm.Field(Number, error);

        Assert.Equal(Number, Assert.Single(field.Items));
    }

    [Fact]
    public void TheErrorIsFoundByTheInputIdAmongTheRulesErrors()
    {
        var errors = new Dictionary<string, string> { ["email"] = "Adresse invalide.", ["number"] = "Déjà utilisé." };

        var numberField = CardForm.Field(Number, errors);
        var mobileField = CardForm.Field(new TextInput("mobile") { Label = "Mobile" }, errors);

        var error = Assert.IsType<TextBlock>(numberField.Items[1]);
        Assert.Equal(("number.error", "Déjà utilisé."), (error.Id, error.Text));
        Assert.Single(mobileField.Items);
    }

    [Fact]
    public void InACardTheErrorFollowsItsInputDirectly()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                CardForm.Field(new TextInput("firstName") { Label = "Prénom" }),
                CardForm.Field(Number, "Déjà utilisé."),
                CardForm.Field(new TextInput("lastName") { Label = "Nom" }),
            ],
        };

        var ids = CardTree.Elements(CardJson.ToJson(card)).Select(e => e["id"]?.GetValue<string>()).OfType<string>().ToList();

        Assert.Equal(["firstName", "number", "number.error", "lastName"], ids);
    }
}
