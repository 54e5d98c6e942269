using PbxBot.Cards.Model;

namespace PbxBot.Cards.Tests;

/// <summary>
/// Every form field has a label, and a required one also has the message the client shows when it is left
/// empty: the kit refuses to draw a field that breaks this (the renderer would report it, screen readers need it).
/// </summary>
public sealed class RequiredInputsAreLabelled
{
    [Fact]
    public void ARequiredInputWithoutAnErrorMessageIsRefused()
    {
        var input = new TextInput("firstName") { Label = "Prénom", IsRequired = true };

        var refusal = Assert.Throws<ArgumentException>(() => CardForm.Field(input));
        Assert.Contains("firstName", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInputWithoutALabelIsRefused()
    {
        var input = new TextInput("firstName") { IsRequired = true, ErrorMessage = "Prénom requis" };

        Assert.Throws<ArgumentException>(() => CardForm.Field(input));
    }

    [Fact]
    public void AnOptionalInputNeedsOnlyItsLabel()
    {
        var field = CardForm.Field(new TextInput("mobile") { Label = "Mobile" });

        Assert.Single(field.Items);
    }

    [Theory]
    [InlineData(CardDataKeys.Verb)]
    [InlineData(CardDataKeys.Wizard)]
    [InlineData(CardDataKeys.Step)]
    public void AnInputCannotTakeTheNameOfAKeyTheBotReadsFromButtonData(string id)
    {
        Assert.Throws<ArgumentException>(() => CardForm.Field(new TextInput(id) { Label = "x" }));
    }

    [Fact]
    public void AnInputCannotBeCreatedWithoutAnId()
    {
        Assert.Throws<ArgumentException>(() => new TextInput(" "));
    }
}
