using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PbxBot.Channel.Activities;

/// <summary>
/// The JSON shape of the Bot Framework protocol: camelCase, nulls omitted, bounded depth, and letters of every
/// script written as themselves (as <see cref="PbxBot.Cards.CardJson"/> does: Teams caps a message at about 28 KB, and
/// "é" escaped takes six bytes instead of two).
/// </summary>
public static class ChannelJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
