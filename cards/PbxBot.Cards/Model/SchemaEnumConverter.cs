using System.Text.Json;
using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

/// <summary>
/// Writes a schema enumeration as the schema's own string ("extraLarge", "positive"…), whatever options the
/// caller serialises with, and refuses numbers when reading: a card never carries an enum as an integer.
/// </summary>
public sealed class SchemaEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
