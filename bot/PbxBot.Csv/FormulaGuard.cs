namespace PbxBot.Csv;

/// <summary>
/// Keeps a written cell from running as a formula when the file is opened in Excel (CSV injection), and undoes
/// exactly that on reading, so a value survives export then import unchanged.
/// <para>
/// A cell is dangerous when, after leading spaces, it starts with <c>=</c>, <c>@</c>, tab, CR or LF, or with <c>+</c>
/// or <c>-</c> unless the rest is only digits, spaces and <c>( ) . , / -</c> with at least one digit: such a value
/// (+33612345678, +33 (0)6 12 34 56 78, -5) can at worst compute arithmetic, since without a letter there is no
/// function, cell reference or DDE call. A dangerous cell is written with a leading <c>'</c>. A value that itself
/// starts with <c>'</c> before a dangerous one gets one more, so that reading can strip exactly one.
/// </para>
/// </summary>
internal static class FormulaGuard
{
    public const char Prefix = '\'';

    public static string Neutralise(string value) => NeedsPrefix(value) ? Prefix + value : value;

    /// <summary>The value our writer neutralised, without its prefix; any other value as it is.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == Prefix && NeedsPrefix(value.AsSpan(1)) ? value[1..] : value;

    public static bool NeedsPrefix(ReadOnlySpan<char> value)
    {
        var apostrophes = 0;
        while (apostrophes < value.Length && value[apostrophes] == Prefix)
        {
            apostrophes++;
        }
        var rest = value[apostrophes..].TrimStart(' ');
        if (rest.IsEmpty)
        {
            return false;
        }
        return rest[0] switch
        {
            '=' or '@' or '\t' or '\r' or '\n' => true,
            '+' or '-' => !IsPlainNumber(rest[1..]),
            _ => false,
        };
    }

    private static bool IsPlainNumber(ReadOnlySpan<char> afterSign)
    {
        var digits = false;
        foreach (var c in afterSign)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not (' ' or '(' or ')' or '.' or ',' or '/' or '-'))
            {
                return false;
            }
        }
        return digits;
    }
}
