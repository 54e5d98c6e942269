using System.Text.Json.Serialization;

namespace PbxBot.Cards.Model;

// The schema 1.5 enumerations we use, written as the schema spells them (camelCase of the member names).

[JsonConverter(typeof(SchemaEnumConverter<Spacing>))]
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

[JsonConverter(typeof(SchemaEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

[JsonConverter(typeof(SchemaEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

[JsonConverter(typeof(SchemaEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

[JsonConverter(typeof(SchemaEnumConverter<FontType>))]
public enum FontType
{
    Default,
    Monospace,
}

/// <summary><c>heading</c> marks a TextBlock as a heading for screen readers (schema 1.5).</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}

[JsonConverter(typeof(SchemaEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

[JsonConverter(typeof(SchemaEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}

[JsonConverter(typeof(SchemaEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

[JsonConverter(typeof(SchemaEnumConverter<ImageSize>))]
public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}

[JsonConverter(typeof(SchemaEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    Default,
    Person,
}

[JsonConverter(typeof(SchemaEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
}

[JsonConverter(typeof(SchemaEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
    Filtered,
}

[JsonConverter(typeof(SchemaEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}

/// <summary>Which inputs an action submits: all of the card's (<c>auto</c>) or none (Cancel, Back).</summary>
[JsonConverter(typeof(SchemaEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}
