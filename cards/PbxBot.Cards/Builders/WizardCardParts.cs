using PbxBot.Cards.Model;

namespace PbxBot.Cards.Builders;

/// <summary>Pieces the wizard cards share beyond the kit's form helpers.</summary>
public static class WizardCardParts
{
    /// <summary>The key of an error about the card as a whole rather than one field.</summary>
    public const string FormKey = "_form";

    /// <summary>That error in red at the top of the card; nothing when there is none.</summary>
    public static IEnumerable<CardElement> FormErrors(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.TryGetValue(FormKey, out var message))
        {
            yield return new TextBlock(message) { Id = CardForm.ErrorId(FormKey), Color = TextColor.Attention, Wrap = true, Weight = TextWeight.Bolder };
        }
    }

    /// <summary>Notes that do not block the save (e.g. "no e-mail: no welcome e-mail"), in the warning colour.</summary>
    public static IEnumerable<CardElement> Warnings(IReadOnlyDictionary<string, string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return warnings.Values.Distinct().Select(w => (CardElement)new TextBlock(w) { Color = TextColor.Warning, Wrap = true });
    }

    /// <summary>An error that belongs to a row rather than an input (a day of the week, a holiday), under that row.</summary>
    public static IEnumerable<CardElement> RowError(IReadOnlyDictionary<string, string> errors, string key)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.TryGetValue(key, out var message))
        {
            yield return new TextBlock(message) { Id = CardForm.ErrorId(key), Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None };
        }
    }
}
