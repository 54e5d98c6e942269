using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Benchmarks.Cards;

/// <summary>
/// A card put into an outgoing activity and written out, as every turn's reply is: copied into a JSON tree first
/// (<see cref="CardJson.ToJson(AdaptiveCard)"/>: serialised, parsed back, written again) or embedded as a value that
/// is serialised once, when the activity is (<see cref="CardJson.Embed"/>). The card is a help card of 10 entries
/// (about 6 KB of JSON, the size of a wizard step's card).
/// </summary>
[MemoryDiagnoser]
public class CardJsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> output = new(16 * 1024);
    private AdaptiveCard card = null!;

    [GlobalSetup]
    public void Setup()
    {
        var context = new CardContext(Language.French, UniversalActions: true);
        var entries = Enumerable.Range(1, 10)
            .Select(i => new HelpEntry(new Text($"Créer une extension {i}", $"Create an extension {i}"),
                new Text($"Crée l'extension d'un collaborateur, étape {i}", $"Creates a colleague's extension, step {i}"), $"verb-{i}"))
            .ToList();
        card = HelpCard.Build(context, entries);
    }

    [Benchmark(Baseline = true)]
    public int CopiedIntoAJsonTree() => Write(CardJson.ToJson(card));

    [Benchmark]
    public int Embedded() => Write(CardJson.Embed(card));

    private int Write(JsonNode content)
    {
        output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(output);
        new JsonObject { ["type"] = "message", ["attachments"] = new JsonArray(new JsonObject { ["content"] = content }) }.WriteTo(writer);
        writer.Flush();
        return output.WrittenCount;
    }
}
