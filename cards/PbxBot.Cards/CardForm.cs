using PbxBot.Cards.Model;

namespace PbxBot.Cards;

/// <summary>Form pieces: an input with its label and its error, and the hint line under a field.</summary>
public static class CardForm
{
    /// <summary>The id of the error line under an input.</summary>
    public static string ErrorId(string inputId) => $"{inputId}.error";

    /// <summary>
    /// An input and, when the rules service rejected its value, the reason in red right under it. Every field
    /// has a label; a required field also has the message the client shows when it is left empty.
    /// </summary>
    public static Container Field(InputElement input, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Label))
        {
            throw new ArgumentException($"The input \"{input.InputId}\" needs a label.", nameof(input));
        }
        if (input.IsRequired == true && string.IsNullOrWhiteSpace(input.ErrorMessage))
        {
            throw new ArgumentException($"The required input \"{input.InputId}\" needs an error message.", nameof(input));
        }
        if (CardDataKeys.Reserved.Contains(input.InputId))
        {
            throw new ArgumentException($"\"{input.InputId}\" is a key the bot reads from button data; pick another input id.", nameof(input));
        }
        return new Container
        {
            Items = string.IsNullOrWhiteSpace(error)
                ? [input]
                : [input, new TextBlock(error) { Id = ErrorId(input.InputId), Color = TextColor.Attention, Wrap = true, Spacing = Spacing.Small }],
        };
    }

    /// <summary>The field with its error looked up by input id in the rules service's field errors.</summary>
    public static Container Field(InputElement input, IReadOnlyDictionary<string, string>? errors) =>
        Field(input, errors is not null && errors.TryGetValue(input?.InputId ?? "", out var error) ? error : null);

    /// <summary>A small grey line that explains a field (a default, a format).</summary>
    public static TextBlock Hint(string text) =>
        new(text) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None };
}
