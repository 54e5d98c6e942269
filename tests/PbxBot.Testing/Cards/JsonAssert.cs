using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace PbxBot.Testing.Cards;

/// <summary>Compares JSON by meaning (property order aside), showing both sides when they differ.</summary>
public static class JsonAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Equal(string expectedJson, JsonNode? actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail($"JSON differs.{Environment.NewLine}Expected:{Environment.NewLine}{expected?.ToJsonString(Indented)}{Environment.NewLine}Actual:{Environment.NewLine}{actual?.ToJsonString(Indented)}");
        }
    }
}
