using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>
/// Checks a request body against the operation's schema as an OData service checks a payload against its model:
/// an unknown property, a value of the wrong JSON type, outside its range, not in its enum or not matching its
/// pattern is a 400 whose <c>target</c> is the property's path (<c>Number</c>, <c>Hours.Periods[0].Start</c>).
/// Instance annotations (<c>@odata.type</c>) are allowed anywhere, as in OData JSON.
/// </summary>
public static class BodyValidator
{
    public static void Validate(Schema schema, JsonNode? body, string? prefix = null)
    {
        var errors = new List<ErrorDetail>();
        Check(schema, body, prefix ?? "", errors);
        if (errors.Count > 0)
        {
            throw new XapiException(400, errors);
        }
    }

    /// <summary>Same, adding to a list (the caller refuses once with every problem).</summary>
    public static void Check(Schema schema, JsonNode? value, string path, List<ErrorDetail> errors)
    {
        var target = path.Length == 0 ? null : path;
        if (value is null)
        {
            if (!schema.Nullable && schema.Type is not null)
            {
                errors.Add(new(ErrorCodes.InvalidValue, $"{Describe(path)} cannot be null.", target));
            }
            return;
        }
        var kind = value.GetValueKind();
        switch (schema.Type)
        {
            case "object" or null when schema.Properties.Count > 0 || schema.Type == "object":
                if (value is not JsonObject obj)
                {
                    errors.Add(WrongType(path, "an object", kind));
                    return;
                }
                foreach (var (name, child) in obj)
                {
                    if (name.Contains('@', StringComparison.Ordinal))
                    {
                        continue; // an instance or property annotation, not a property
                    }
                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (schema.Property(name) is { } property)
                    {
                        Check(property.Schema, child, childPath, errors);
                    }
                    else if (schema.Properties.Count > 0 && !schema.AllowsAdditionalProperties)
                    {
                        errors.Add(new(ErrorCodes.UnknownProperty,
                            $"The property '{name}' does not exist on type '{schema.Name ?? "the body"}'.", childPath));
                    }
                }
                return;
            case "array":
                if (value is not JsonArray array)
                {
                    errors.Add(WrongType(path, "an array", kind));
                    return;
                }
                if (schema.Items is { } items)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Check(items, array[i], $"{path}[{i}]", errors);
                    }
                }
                return;
            case "string":
                if (kind != JsonValueKind.String)
                {
                    errors.Add(WrongType(path, "a string", kind));
                    return;
                }
                CheckString(schema, value.GetValue<string>(), path, errors);
                return;
            case "integer":
                if (kind != JsonValueKind.Number || !value.AsValue().TryGetValue<long>(out var integer))
                {
                    errors.Add(WrongType(path, "an integer", kind));
                    return;
                }
                var (min, max) = Range(schema);
                if (integer < min || integer > max)
                {
                    errors.Add(new(ErrorCodes.InvalidValue, $"{Describe(path)} must be between {min} and {max}.", target));
                }
                return;
            case "number":
                if (kind != JsonValueKind.Number)
                {
                    errors.Add(WrongType(path, "a number", kind));
                }
                return;
            case "boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add(WrongType(path, "true or false", kind));
                }
                return;
        }
    }

    private static void CheckString(Schema schema, string text, string path, List<ErrorDetail> errors)
    {
        var target = path.Length == 0 ? null : path;
        if (schema.Enum is { Count: > 0 } members)
        {
            var given = schema.IsFlags ? text.Split(',', StringSplitOptions.TrimEntries) : [text];
            if (!given.All(members.Contains))
            {
                errors.Add(new(ErrorCodes.InvalidValue,
                    $"'{text}' is not a value of {schema.Name ?? "the enum"} ({string.Join(", ", members)}).", target));
            }
            return;
        }
        if (schema.MaxLength is { } maxLength && text.Length > maxLength)
        {
            errors.Add(new(ErrorCodes.InvalidValue, $"{Describe(path)} is longer than {maxLength} characters.", target));
        }
        if (schema.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            errors.Add(new(ErrorCodes.InvalidValue,
                $"'{text}' is not a valid {schema.Format ?? "value"} for {Describe(path)} (pattern {pattern}).", target));
        }
    }

    /// <summary>The swagger gives int32 ranges explicitly; uint8 and int64 are known by their format.</summary>
    private static (long Min, long Max) Range(Schema schema) => (
        schema.Minimum ?? (schema.Format == "uint8" ? 0 : long.MinValue),
        schema.Maximum ?? (schema.Format == "uint8" ? 255 : long.MaxValue));

    private static ErrorDetail WrongType(string path, string expected, JsonValueKind kind) =>
        new(ErrorCodes.InvalidType, $"{Describe(path)} must be {expected}, not {Kind(kind)}.", path.Length == 0 ? null : path);

    private static string Describe(string path) => path.Length == 0 ? "The body" : $"'{path}'";

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
