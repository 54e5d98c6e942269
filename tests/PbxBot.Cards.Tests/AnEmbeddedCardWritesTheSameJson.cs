using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PbxBot.Cards.Tests;

/// <summary>
/// What the bot sends (<see cref="CardJson.Embed"/>, written with the activity) is byte for byte what the copied card
/// gave, whatever options the activity around it is written with: the card keeps its names and its left-out nulls,
/// and written with the card's own settings its French letters stay as they are.
/// </summary>
public sealed class AnEmbeddedCardWritesTheSameJson
{
    // Unlike CardJson's: PascalCase names, nulls written, the default (escaping) encoder.
    private static readonly JsonSerializerOptions ActivityLikeOptions = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Theory]
    [MemberData(nameof(CardSamples.Names), MemberType = typeof(CardSamples))]
    public void EverySampleCardIsWrittenAsItsCopy(string name)
    {
        var card = CardSamples.Build(name);

        var embedded = new JsonObject { ["content"] = CardJson.Embed(card) }.ToJsonString(ActivityLikeOptions);
        var copied = new JsonObject { ["content"] = CardJson.ToJson(card) }.ToJsonString(ActivityLikeOptions);

        Assert.Equal(copied, embedded);
    }

    [Fact]
    public void FrenchLettersStayAsTheyAreInTheCardsOwnJson()
    {
        var card = CardSamples.All.Select(s => s.Build()).First(c => CardJson.Serialize(c).Contains('é'));

        Assert.Contains('é', CardJson.Embed(card).ToJsonString(CardJson.Options));
        Assert.Equal(CardJson.Serialize(card), CardJson.Embed(card).ToJsonString(CardJson.Options));
    }
}
