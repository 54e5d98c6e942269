using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Application.Stores;

/// <summary>The one JSON shape of stored values: camelCase, enums as strings. Both stores use it.</summary>
public static class StoreJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
