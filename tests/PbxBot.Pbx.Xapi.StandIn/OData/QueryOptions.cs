using System.Globalization;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>
/// The OData system query options of one request (or of one <c>$expand</c> item): only those the swagger
/// declares for the operation are accepted; an undeclared or malformed one is a 400 naming it in <c>target</c>.
/// <c>$search</c> is accepted and ignored.
/// </summary>
public sealed class QueryOptions
{
    public static readonly QueryOptions None = new();

    public Filter? Filter { get; private init; }

    public IReadOnlyList<OrderByClause> OrderBy { get; private init; } = [];

    public long? Top { get; private init; }

    public long? Skip { get; private init; }

    public bool Count { get; private init; }

    public SelectExpand Shape { get; private init; } = SelectExpand.Default;

    /// <summary>Reads the request's options; <paramref name="entity"/> is null for operations without an entity result.</summary>
    public static QueryOptions Parse(IEnumerable<KeyValuePair<string, string>> query, Schema? entity, IReadOnlySet<string> allowed, string operationId)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in query)
        {
            if (!name.StartsWith('$'))
            {
                continue; // custom query options are the service's business; 3CX declares none
            }
            if (!allowed.Contains(name))
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"The query option '{name}' is not supported by {operationId}.", name);
            }
            if (!options.TryAdd(name, value))
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"The query option '{name}' is given more than once.", name);
            }
        }
        return entity is null ? None : Build(options, entity);
    }

    /// <summary>The options inside <c>$expand=Groups(…)</c>, separated by semicolons.</summary>
    public static QueryOptions ParseNested(string text, Schema element)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in QueryText.SplitTopLevel(text, ';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals].Trim();
            if (equals < 0 || name is not ("$select" or "$expand" or "$filter" or "$orderby" or "$top" or "$skip" or "$count"))
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Unsupported nested query option '{part}' in $expand.", "$expand");
            }
            options[name] = part[(equals + 1)..].Trim();
        }
        return Build(options, element);
    }

    private static QueryOptions Build(Dictionary<string, string> options, Schema entity) => new()
    {
        Filter = options.TryGetValue("$filter", out var filter) ? Filter.Parse(filter, entity) : null,
        OrderBy = options.TryGetValue("$orderby", out var orderBy) ? OrderByClause.Parse(orderBy, entity) : [],
        Top = options.TryGetValue("$top", out var top) ? NonNegative("$top", top) : null,
        Skip = options.TryGetValue("$skip", out var skip) ? NonNegative("$skip", skip) : null,
        Count = options.TryGetValue("$count", out var count) && Boolean("$count", count),
        Shape = SelectExpand.Parse(options.GetValueOrDefault("$select"), options.GetValueOrDefault("$expand"), entity, ParseNested),
    };

    /// <summary>Filters, orders, counts and pages: lazily, so a page of 10,000 users copies one page.</summary>
    public (IEnumerable<T> Page, long? Count) Apply<T>(IEnumerable<T> items, int unfilteredCount, Func<T, IEntityView> view)
    {
        var sequence = items;
        var known = (long?)unfilteredCount;
        if (Filter is { } filter)
        {
            sequence = sequence.Where(item => filter.Matches(view(item)));
            known = null;
        }
        if (OrderBy.Count > 0)
        {
            var keyed = sequence.Select(item => (Item: item, Keys: OrderBy.Select(o => o.Key(view(item))).ToArray())).ToList();
            keyed.Sort((a, b) => OrderByClause.CompareKeys(OrderBy, a.Keys, b.Keys));
            var sorted = keyed.ConvertAll(k => k.Item);
            sequence = sorted;
            known = sorted.Count;
        }
        long? count = null;
        if (Count)
        {
            if (known is null)
            {
                var list = sequence.ToList();
                sequence = list;
                known = list.Count;
            }
            count = known;
        }
        if (Skip is { } skip)
        {
            sequence = sequence.Skip((int)Math.Min(skip, int.MaxValue));
        }
        if (Top is { } top)
        {
            sequence = sequence.Take((int)Math.Min(top, int.MaxValue));
        }
        return (sequence, count);
    }

    private static long NonNegative(string name, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"'{text}' is not a valid value for {name}: a non-negative integer is expected.", name);

    private static bool Boolean(string name, string text) => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"'{text}' is not a valid value for {name}: true or false.", name),
    };
}

/// <summary>One <c>$orderby</c> item: a primitive property of the entity, ascending unless <c>desc</c>.</summary>
public sealed record OrderByClause(SchemaProperty Property, bool Descending)
{
    public static IReadOnlyList<OrderByClause> Parse(string text, Schema entity) => QueryText.SplitTopLevel(text, ',').Select(item =>
    {
        var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 2 || (words.Length == 2 && words[1] is not ("asc" or "desc")))
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Invalid $orderby item '{item}'.", "$orderby");
        }
        var property = entity.Property(words[0])
            ?? throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Could not find a property named '{words[0]}' on type '{entity.Name}'.", "$orderby");
        if (property.IsNavigation || property.Schema.Type is "array" or "object" || property.Schema.IsObject)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"The stand-in orders by primitive properties only, not '{words[0]}'.", "$orderby");
        }
        return new OrderByClause(property, words.Length == 2 && words[1] == "desc");
    }).ToArray();

    public object? Key(IEntityView view) =>
        JsonValues.Primitive(view.TryGet(Property.Name, out var node) ? node : Property.Schema.DefaultValue);

    /// <summary>Nulls sort first when ascending, as LINQ does (approximation: the swagger does not say); ties keep the id order.</summary>
    public static int CompareKeys(IReadOnlyList<OrderByClause> clauses, object?[] a, object?[] b)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            var order = (a[i], b[i]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                var (x, y) => Filter.Compare(x!, y!),
            };
            if (order != 0)
            {
                return clauses[i].Descending ? -order : order;
            }
        }
        return 0;
    }
}
