using System.Collections.Concurrent;
using System.Text.Json;

namespace PbxBot.Domain;

/// <summary>
/// The emergency and service numbers per country, read from data (<c>blocked-numbers.json</c>, embedded), plus
/// the list 3CX blocks everywhere (911, 112, 15, 17, 18). Immutable and thread-safe; per-country views are cached.
/// </summary>
public sealed class BlockedNumbers
{
    private const string ResourceName = "PbxBot.Domain.blocked-numbers.json";

    private static readonly Lazy<BlockedNumbers> EmbeddedTable = new(LoadEmbedded);

    private readonly Dictionary<string, IReadOnlyList<BlockedNumber>> countries;
    private readonly List<(IReadOnlySet<string> Members, IReadOnlyList<BlockedNumber> Numbers)> groups;
    private readonly ConcurrentDictionary<string, IReadOnlyList<BlockedNumber>> byCountry = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Country, int Length), BlockedRanges> ranges = new();

    private BlockedNumbers(IReadOnlyList<BlockedNumber> always, Dictionary<string, IReadOnlyList<BlockedNumber>> countries,
        List<(IReadOnlySet<string>, IReadOnlyList<BlockedNumber>)> groups)
    {
        Always = always;
        this.countries = countries;
        this.groups = groups;
    }

    /// <summary>The table shipped with PbxBot.</summary>
    public static BlockedNumbers Embedded => EmbeddedTable.Value;

    /// <summary>Blocked on every PBX whatever its country (seed 000: 911, 112, 15, 17, 18).</summary>
    public IReadOnlyList<BlockedNumber> Always { get; }

    /// <summary>The countries that have their own list.</summary>
    public IReadOnlyCollection<string> Countries => countries.Keys;

    /// <summary>Only the country's own list, in the table's order (empty for a country without one).</summary>
    public IReadOnlyList<BlockedNumber> OwnListOf(string country) =>
        countries.TryGetValue(PbxBot.Domain.Countries.Normalise(country), out var list) ? list : [];

    /// <summary>Everything blocked for a PBX of <paramref name="country"/>: its own list, its groups' (EU 112) and the always list, each number once.</summary>
    public IReadOnlyList<BlockedNumber> For(string country) => byCountry.GetOrAdd(PbxBot.Domain.Countries.Normalise(country), Collect);

    /// <summary>The extension numbers of <paramref name="extensionLength"/> digits that the country's list forbids.</summary>
    public BlockedRanges Ranges(string country, int extensionLength) =>
        ranges.GetOrAdd((PbxBot.Domain.Countries.Normalise(country), extensionLength), key => BlockedRanges.For(For(key.Country).Select(b => b.Number), key.Length));

    public static BlockedNumbers Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var always = root.TryGetProperty("always", out var a) ? ReadList(a, BlockedNumber.AlwaysScope) : [];
        var countries = new Dictionary<string, IReadOnlyList<BlockedNumber>>(StringComparer.Ordinal);
        if (root.TryGetProperty("countries", out var c))
        {
            foreach (var country in c.EnumerateObject())
            {
                var code = PbxBot.Domain.Countries.Normalise(country.Name);
                countries[code] = ReadList(country.Value, code);
            }
        }
        var groups = new List<(IReadOnlySet<string>, IReadOnlyList<BlockedNumber>)>();
        if (root.TryGetProperty("groups", out var g))
        {
            foreach (var group in g.EnumerateObject())
            {
                var members = group.Value.GetProperty("members").EnumerateArray().Select(m => PbxBot.Domain.Countries.Normalise(m.GetString())).ToHashSet(StringComparer.Ordinal);
                groups.Add((members, ReadList(group.Value, group.Name)));
            }
        }
        return new BlockedNumbers(always, countries, groups);
    }

    private IReadOnlyList<BlockedNumber> Collect(string country)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<BlockedNumber>();
        // The country's own entry wins, so that a message names the local service (DE: 112 is the fire brigade).
        var lists = new[] { OwnListOf(country) }
            .Concat(groups.Where(g => g.Members.Contains(country)).Select(g => g.Numbers))
            .Append(Always);
        foreach (var b in lists.SelectMany(l => l))
        {
            if (seen.Add(b.Number))
            {
                all.Add(b);
            }
        }
        return all;
    }

    private static List<BlockedNumber> ReadList(JsonElement list, string scope)
    {
        var source = list.TryGetProperty("source", out var s) ? s.GetString() ?? "" : "";
        return list.GetProperty("numbers").EnumerateArray().Select(n => new BlockedNumber(
            n.GetProperty("number").GetString() ?? throw new FormatException($"A blocked number of {scope} has no number."),
            ParseKind(n.GetProperty("kind").GetString(), scope),
            new Text(n.GetProperty("fr").GetString() ?? "", n.GetProperty("en").GetString() ?? ""),
            scope,
            source)).ToList();
    }

    private static BlockKind ParseKind(string? kind, string scope) => kind switch
    {
        "emergency" => BlockKind.Emergency,
        "service" => BlockKind.Service,
        _ => throw new FormatException($"Unknown kind '{kind}' in the blocked numbers of {scope}."),
    };

    private static BlockedNumbers LoadEmbedded()
    {
        using var stream = typeof(BlockedNumbers).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
