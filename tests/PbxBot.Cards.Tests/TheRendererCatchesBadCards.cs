using System.Text.Json.Nodes;
using PbxBot.Cards.Model;
using PbxBot.Testing.Cards;

namespace PbxBot.Cards.Tests;

/// <summary>
/// The oracle can fail: the official renderer reports each kind of mistake a card can hold, and passes a sound
/// card. The bad cards are judged together in one node run.
/// </summary>
public sealed class TheRendererCatchesBadCards
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, RendererVerdict>>> Verdicts = new(JudgeAsync);

    [Theory]
    [InlineData("unknown-element", "UnknownElementType")]
    [InlineData("unknown-action", "UnknownActionType")]
    [InlineData("invalid-enum-value", "InvalidPropertyValue")]
    [InlineData("required-input-without-label", "RequiredInputsShouldHaveLabel")]
    [InlineData("required-input-without-error-message", "RequiredInputsShouldHaveErrorMessage")]
    [InlineData("duplicate-input-ids", "DuplicateId")]
    [InlineData("empty-choice-set", "CollectionCantBeEmpty")]
    [InlineData("property-newer-than-1.5", "UnsupportedProperty")]
    [InlineData("version-newer-than-teams", "UnsupportedCardVersion")]
    public async Task TheRendererReportsTheMistake(string card, string expectedEvent)
    {
        var verdicts = await Verdicts.Value.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Contains(verdicts[card].Errors, e => e.Event == expectedEvent);
    }

    [Fact]
    public async Task ASoundCardPassesEvenAfterManyOthersWithALanguage()
    {
        // adaptivecards 3.0.x keeps state between parses (a global regex on "lang"); the validator must not.
        var verdicts = await Verdicts.Value.WaitAsync(TestContext.Current.CancellationToken);

        Assert.All(Enumerable.Range(0, 3), i => Assert.True(verdicts[$"sound-{i}"].Passes, verdicts[$"sound-{i}"].ToString()));
    }

    private static Task<IReadOnlyDictionary<string, RendererVerdict>> JudgeAsync() => JudgeAsync(
    [
        .. Enumerable.Range(0, 3).Select(i => ($"sound-{i}", Json(Sound))),
        ("unknown-element", Mutate(Sound, c => c["body"]![0]!["type"] = "Input.Telephone")),
        ("unknown-action", Mutate(Sound, c => c["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Call", ["title"] = "Call" }))),
        ("invalid-enum-value", Mutate(Sound, c => c["body"]![1]!["size"] = "huge")),
        ("required-input-without-label", Json(With(new TextInput("number") { IsRequired = true, ErrorMessage = "Numéro requis" }))),
        ("required-input-without-error-message", Json(With(new TextInput("number") { IsRequired = true, Label = "Numéro" }))),
        ("duplicate-input-ids", Json(With(new TextInput("number") { Label = "A" }, new NumberInput("number") { Label = "B" }))),
        ("empty-choice-set", Json(With(new ChoiceSetInput("department") { Label = "Département" }))),
        ("property-newer-than-1.5", Mutate(Sound, c => c["body"]![0]!["labelPosition"] = "inline")),
        ("version-newer-than-teams", Json(Sound with { Version = "1.6" })),
    ]);

    private static async Task<IReadOnlyDictionary<string, RendererVerdict>> JudgeAsync(IEnumerable<(string, JsonObject)> cards) =>
        (await AdaptiveCardsOracle.ValidateAsync(cards, CancellationToken.None)).ToDictionary(v => v.Name);

    private static AdaptiveCard Sound => With(new TextInput("number") { Label = "Numéro", IsRequired = true, ErrorMessage = "Numéro requis" }, new TextBlock("Étape 1") { Size = TextSize.Large });

    private static AdaptiveCard With(params CardElement[] body) => new() { Lang = "fr", Body = body };

    private static JsonObject Json(AdaptiveCard card) => CardJson.ToJson(card);

    private static JsonObject Mutate(AdaptiveCard card, Action<JsonObject> change)
    {
        var json = CardJson.ToJson(card);
        change(json);
        return json;
    }
}
