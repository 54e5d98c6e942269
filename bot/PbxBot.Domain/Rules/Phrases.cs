using System.Globalization;

namespace PbxBot.Domain.Rules;

/// <summary>Pieces of messages in both languages: the arguments that <see cref="ErrorMessages"/> templates receive.</summary>
internal static class Phrases
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>How many numbers of a list a message quotes before "…".</summary>
    private const int QuotedNumbers = 4;

    public static Text NextFree(string? number) => number is null
        ? new("Aucun numéro libre dans le plan de numérotation.", "No free number is left in the dial plan.")
        : new($"Prochain numéro libre : {number}.", $"Next free number: {number}.");

    public static string Ranges(IEnumerable<NumberRange> ranges, int length) =>
        string.Join(", ", ranges.Select(r => $"{ExtensionNumbers.Format(r.First, length)}–{ExtensionNumbers.Format(r.Last, length)}"));

    /// <summary>"Le 150 commence par le 15, un numéro d'urgence (SAMU ; FR : 15, 17, 18, 112…) …".</summary>
    public static Text Conflict(NumberConflict conflict, BlockedNumbers table)
    {
        var b = conflict.Blocked;
        var (kindFr, kindEn) = b.Kind switch
        {
            BlockKind.Emergency => ("un numéro d'urgence", "an emergency number"),
            BlockKind.Service => ("un numéro de service", "a service number"),
            _ => ("un code réservé de ce PBX", "a reserved code of this PBX"),
        };
        var detail = b.Kind == BlockKind.Reserved ? new Text("", "") : Detail(b, table);
        var n = conflict.Number;
        return conflict.Kind switch
        {
            ConflictKind.Equal => new($"Le {n} est {kindFr}{detail.French}", $"{n} is {kindEn}{detail.English}"),
            ConflictKind.StartsWith => new($"Le {n} commence par le {b.Number}, {kindFr}{detail.French} que le téléphone composerait aussitôt",
                $"{n} starts with {b.Number}, {kindEn}{detail.English} that the phone would dial at once"),
            _ => new($"Le {n} est le début du {b.Number}, {kindFr}{detail.French} qui ne pourrait plus être composé",
                $"{n} is the beginning of {b.Number}, {kindEn}{detail.English} that could no longer be dialled"),
        };
    }

    /// <summary>" (SAMU ; FR : 15, 17, 18, 112…)": the service, then the numbers of the list it comes from.</summary>
    private static Text Detail(BlockedNumber b, BlockedNumbers table)
    {
        var list = b.Scope == BlockedNumber.AlwaysScope ? table.Always : table.OwnListOf(b.Scope);
        if (list.Count == 0)
        {
            list = table.For(b.Scope).Where(x => x.Scope == b.Scope).ToArray();
        }
        var ordered = list.Where(x => x.Kind == BlockKind.Emergency).Concat(list.Where(x => x.Kind != BlockKind.Emergency)).Select(x => x.Number).ToArray();
        var quoted = string.Join(", ", ordered.Take(QuotedNumbers)) + (ordered.Length > QuotedNumbers ? "…" : "");
        var (scopeFr, scopeEn) = b.Scope == BlockedNumber.AlwaysScope ? ("bloqués par 3CX", "blocked by 3CX") : (b.Scope, b.Scope);
        return new($" ({b.Label.French} ; {scopeFr} : {quoted})", $" ({b.Label.English}; {scopeEn}: {quoted})");
    }

    public static Text Day(DayOfWeek day) => new(Capitalise(French.DateTimeFormat.GetDayName(day)), English.DateTimeFormat.GetDayName(day));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Span(Period p) => $"{Time(p.Start)}–{Time(p.Stop)}";

    public static Text Spans(IEnumerable<Period> periods)
    {
        var text = string.Join(", ", periods.Select(Span));
        return text.Length == 0 ? new("fermé ce jour-là", "closed that day") : new(text, text);
    }

    public static Text Date(DateOnly date) => new(date.ToString("d MMMM yyyy", French), date.ToString("MMMM d, yyyy", English));

    public static Text Dates(Holiday h) => h.Start == h.End
        ? Date(h.Start)
        : new($"{Date(h.Start).French} au {Date(h.End).French}", $"{Date(h.Start).English} to {Date(h.End).English}");

    /// <summary>A holiday as the subject of a sentence: « Noël », or "La fermeture" while it has no name.</summary>
    public static Text Closure(string name) => name.Length == 0 ? new("La fermeture", "The closure") : new($"« {name} »", $"\"{name}\"");

    public static Text Roles(IEnumerable<Role> roles)
    {
        var labels = roles.Select(r => r.Label()).ToArray();
        return labels.Length == 0
            ? new("aucun", "none")
            : new(string.Join(", ", labels.Select(l => l.French)), string.Join(", ", labels.Select(l => l.English)));
    }

    public static Text Country(string country)
    {
        var code = Countries.Normalise(country);
        try
        {
            var region = new RegionInfo(code);
            return new(FrenchName(code) ?? region.EnglishName, region.EnglishName);
        }
        catch (ArgumentException)
        {
            return new(code, code);
        }
    }

    /// <summary>Country names in French for the countries PbxBot's users most often have; others fall back to English.</summary>
    private static string? FrenchName(string code) => code switch
    {
        "FR" => "France",
        "BE" => "Belgique",
        "CH" => "Suisse",
        "LU" => "Luxembourg",
        "GB" => "Royaume-Uni",
        "US" => "États-Unis",
        "CA" => "Canada",
        "DE" => "Allemagne",
        "ES" => "Espagne",
        "IT" => "Italie",
        "IE" => "Irlande",
        "NL" => "Pays-Bas",
        "PT" => "Portugal",
        "AT" => "Autriche",
        "MC" => "Monaco",
        _ => null,
    };

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpper(s[0], French) + s[1..];
}
