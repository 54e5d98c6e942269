using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// The typed model serialises to exactly the Adaptive Cards 1.5 JSON: the schema's <c>"type"</c> names,
/// camelCase properties, enums as the schema's strings, and nothing for what was not set.
/// </summary>
public sealed class SerializerWritesTheSchemaJson
{
    [Fact]
    public void AnEmptyCardIsTheFullWidthSchema15Envelope()
    {
        JsonAssert.Equal("""
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "body": [],
              "msteams": { "width": "Full" }
            }
            """, CardJson.ToJson(new AdaptiveCard()));
    }

    [Fact]
    public void TheCardWritesItsLanguageFallbackTextActionsAndRefresh()
    {
        var card = new AdaptiveCard
        {
            Lang = "fr",
            FallbackText = "Nouvelle extension",
            MsTeams = null,
            Actions = [new OpenUrlAction(new Uri("https://pbx.example.fr/")) { Title = "3CX" }],
            Refresh = new Refresh(new ExecuteAction { Verb = "refresh", Data = new JsonObject { ["request"] = "r-1" } }) { UserIds = ["29:1a"] },
        };

        JsonAssert.Equal("""
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "body": [],
              "actions": [ { "type": "Action.OpenUrl", "title": "3CX", "url": "https://pbx.example.fr/" } ],
              "lang": "fr",
              "fallbackText": "Nouvelle extension",
              "refresh": {
                "action": { "type": "Action.Execute", "verb": "refresh", "data": { "request": "r-1" } },
                "userIds": [ "29:1a" ]
              }
            }
            """, CardJson.ToJson(card));
    }

    [Fact]
    public void SerializeWritesTheSameJsonAsToJson()
    {
        var card = new AdaptiveCard { Lang = "en", Body = [new TextBlock("Hello") { Wrap = true }] };

        Assert.Equal(CardJson.ToJson(card).ToJsonString(), CardJson.Serialize(card));
    }

    [Fact]
    public void FrenchTextIsWrittenAsIsAndMarkupStaysEscaped()
    {
        var card = new AdaptiveCard { MsTeams = null, Body = [new TextBlock("Créé « Acme » <b>")] };

        Assert.Contains("""text":"Créé « Acme » \u003Cb\u003E"}""", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void ATextBlockWritesEveryStyleAsTheSchemaSpellsIt()
    {
        var block = new TextBlock("Étape 1/3")
        {
            Id = "step",
            Style = TextBlockStyle.Heading,
            Size = TextSize.ExtraLarge,
            Weight = TextWeight.Bolder,
            Color = TextColor.Attention,
            IsSubtle = true,
            FontType = FontType.Monospace,
            Wrap = true,
            MaxLines = 2,
            HorizontalAlignment = HorizontalAlignment.Center,
            Spacing = Spacing.ExtraLarge,
            Separator = true,
            IsVisible = false,
        };

        JsonAssert.Equal("""
            {
              "type": "TextBlock", "id": "step", "text": "Étape 1/3", "style": "heading", "size": "extraLarge",
              "weight": "bolder", "color": "attention", "isSubtle": true, "fontType": "monospace", "wrap": true,
              "maxLines": 2, "horizontalAlignment": "center", "spacing": "extraLarge", "separator": true, "isVisible": false
            }
            """, CardJson.ToJson(block));
    }

    [Fact]
    public void ARichTextBlockWritesTypedRuns()
    {
        var block = new RichTextBlock { Inlines = [new TextRun("104") { Weight = TextWeight.Bolder, Italic = true, Highlight = true }] };

        JsonAssert.Equal("""
            { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "104", "weight": "bolder", "italic": true, "highlight": true } ] }
            """, CardJson.ToJson(block));
    }

    [Fact]
    public void AContainerWritesItsItemsStyleAndBleed()
    {
        var container = new Container
        {
            Id = "details",
            Style = ContainerStyle.Emphasis,
            Bleed = true,
            VerticalContentAlignment = VerticalAlignment.Center,
            Items = [new TextBlock("x")],
        };

        JsonAssert.Equal("""
            { "type": "Container", "id": "details", "items": [ { "type": "TextBlock", "text": "x" } ], "style": "emphasis", "bleed": true, "verticalContentAlignment": "center" }
            """, CardJson.ToJson(container));
    }

    [Fact]
    public void ColumnWidthsAreKeywordsWeightsOrPixels()
    {
        var set = new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Auto },
                new Column { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Bottom },
                new Column { Width = ColumnWidth.Weighted(2), Items = [new TextBlock("b")] },
                new Column { Width = ColumnWidth.Pixels(50) },
            ],
        };

        JsonAssert.Equal("""
            {
              "type": "ColumnSet",
              "columns": [
                { "type": "Column", "width": "auto" },
                { "type": "Column", "width": "stretch", "verticalContentAlignment": "bottom" },
                { "type": "Column", "width": 2, "items": [ { "type": "TextBlock", "text": "b" } ] },
                { "type": "Column", "width": "50px" }
              ]
            }
            """, CardJson.ToJson(set));
    }

    [Fact]
    public void AFactSetAndAnImageWriteTheirProperties()
    {
        JsonAssert.Equal("""
            { "type": "FactSet", "facts": [ { "title": "Extension", "value": "104" } ] }
            """, CardJson.ToJson(new FactSet { Facts = [new Fact("Extension", "104")] }));
        JsonAssert.Equal("""
            { "type": "Image", "url": "https://example.com/logo.png", "altText": "Logo", "size": "small", "style": "person" }
            """, CardJson.ToJson(new Image(new Uri("https://example.com/logo.png")) { AltText = "Logo", Size = ImageSize.Small, Style = ImageStyle.Person }));
    }

    [Fact]
    public void ATextInputWritesItsLabelValidationAndStyle()
    {
        var input = new TextInput("email")
        {
            Label = "E-mail",
            IsRequired = true,
            ErrorMessage = "Adresse requise",
            Value = "camille@acme.fr",
            Placeholder = "prenom.nom@acme.fr",
            IsMultiline = false,
            MaxLength = 254,
            Regex = "^.+@.+$",
            Style = TextInputStyle.Email,
            Spacing = Spacing.Small,
        };

        JsonAssert.Equal("""
            {
              "type": "Input.Text", "id": "email", "label": "E-mail", "isRequired": true, "errorMessage": "Adresse requise",
              "value": "camille@acme.fr", "placeholder": "prenom.nom@acme.fr", "isMultiline": false, "maxLength": 254,
              "regex": "^.+@.+$", "style": "email", "spacing": "small"
            }
            """, CardJson.ToJson(input));
    }

    [Fact]
    public void NumberDateAndTimeInputsWriteTheSchemaFormats()
    {
        JsonAssert.Equal("""
            { "type": "Input.Number", "id": "ring", "label": "Sonnerie", "value": 20, "min": 5, "max": 120 }
            """, CardJson.ToJson(new NumberInput("ring") { Label = "Sonnerie", Value = 20, Min = 5, Max = 120 }));
        JsonAssert.Equal("""
            { "type": "Input.Date", "id": "from", "value": "2026-12-24", "min": "2026-01-01", "max": "2026-12-31" }
            """, CardJson.ToJson(new DateInput("from") { Value = new DateOnly(2026, 12, 24), Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31) }));
        JsonAssert.Equal("""
            { "type": "Input.Time", "id": "opens", "value": "08:30", "min": "06:00", "max": "22:00" }
            """, CardJson.ToJson(new TimeInput("opens") { Value = new TimeOnly(8, 30, 59), Min = new TimeOnly(6, 0), Max = new TimeOnly(22, 0) }));
    }

    [Fact]
    public void ToggleAndChoiceSetInputsWriteTheirValues()
    {
        JsonAssert.Equal("""
            { "type": "Input.Toggle", "id": "require2fa", "title": "2FA", "value": "false", "valueOn": "true", "valueOff": "false" }
            """, CardJson.ToJson(new ToggleInput("require2fa", "2FA") { Value = ToggleInput.ValueOf(false), ValueOn = ToggleInput.On, ValueOff = ToggleInput.Off }));
        JsonAssert.Equal("""
            {
              "type": "Input.ChoiceSet", "id": "days", "choices": [ { "title": "Lundi", "value": "mon" } ],
              "value": "mon", "isMultiSelect": true, "style": "filtered", "placeholder": "Jours"
            }
            """, CardJson.ToJson(new ChoiceSetInput("days") { Choices = [new Choice("Lundi", "mon")], Value = "mon", IsMultiSelect = true, Style = ChoiceInputStyle.Filtered, Placeholder = "Jours" }));
    }

    [Fact]
    public void AnExecuteActionWritesItsVerbDataAndSubmitFallback()
    {
        var action = new ExecuteAction
        {
            Id = "next",
            Title = "Suivant",
            Verb = "next",
            Data = new JsonObject { ["wizard"] = "w1" },
            AssociatedInputs = AssociatedInputs.Auto,
            Style = ActionStyle.Positive,
            Tooltip = "Étape suivante",
            Fallback = new SubmitAction { Title = "Suivant", Data = new JsonObject { ["verb"] = "next", ["wizard"] = "w1" }, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive },
        };

        JsonAssert.Equal("""
            {
              "type": "Action.Execute", "id": "next", "title": "Suivant", "verb": "next", "data": { "wizard": "w1" },
              "associatedInputs": "auto", "style": "positive", "tooltip": "Étape suivante",
              "fallback": { "type": "Action.Submit", "title": "Suivant", "data": { "verb": "next", "wizard": "w1" }, "associatedInputs": "none", "style": "destructive" }
            }
            """, CardJson.ToJson(action));
    }

    [Fact]
    public void ShowCardOpenUrlAndToggleVisibilityActionsWriteTheirTargets()
    {
        JsonAssert.Equal("""
            {
              "type": "Action.ShowCard", "title": "Plus",
              "card": { "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5", "body": [] }
            }
            """, CardJson.ToJson(new ShowCardAction(new AdaptiveCard { MsTeams = null }) { Title = "Plus" }));
        JsonAssert.Equal("""
            { "type": "Action.OpenUrl", "title": "3CX", "url": "https://pbx.example.fr/webclient" }
            """, CardJson.ToJson(new OpenUrlAction(new Uri("https://pbx.example.fr/webclient")) { Title = "3CX" }));
        JsonAssert.Equal("""
            { "type": "Action.ToggleVisibility", "title": "Détails", "targetElements": [ { "elementId": "details" }, { "elementId": "more", "isVisible": true } ] }
            """, CardJson.ToJson(new ToggleVisibilityAction { Title = "Détails", TargetElements = [new("details"), new("more") { IsVisible = true }] }));
    }

    [Fact]
    public void AnActionSetHoldsPolymorphicActions()
    {
        var set = new ActionSet { Actions = [new SubmitAction { Title = "OK", Data = new JsonObject { ["verb"] = "ok" } }] };

        JsonAssert.Equal("""
            { "type": "ActionSet", "actions": [ { "type": "Action.Submit", "title": "OK", "data": { "verb": "ok" } } ] }
            """, CardJson.ToJson(set));
    }
}
