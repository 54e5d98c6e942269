using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.OData;

/// <summary>
/// A parsed, type-checked <c>$filter</c>: comparison (<c>eq ne gt ge lt le in</c>), logical (<c>and or not</c>),
/// string functions (<c>contains startswith endswith tolower toupper trim length concat</c>), lambdas over
/// collections (<c>Groups/any(g: g/GroupId eq 5)</c>), literals with OData quoting (<c>'O''Brien'</c>, 105, true,
/// null, <c>Pbx.DayOfWeek'Monday'</c>). Property names are checked against the entity's schema and the operands'
/// types against each other, as an OData service does: <c>Number eq 105</c> on a string property is a 400.
/// </summary>
public sealed class Filter
{
    private readonly Node root;

    private Filter(Node root) => this.root = root;

    public static Filter Parse(string text, Schema entity, string option = "$filter")
    {
        try
        {
            var parser = new Parser(Tokenize(text), entity);
            var node = parser.ParseExpression();
            parser.ExpectEnd();
            if (node.Type.Kind is not (Kind.Boolean or Kind.Null))
            {
                throw new FilterException("The filter is not a boolean expression.");
            }
            return new Filter(node);
        }
        catch (FilterException error)
        {
            throw XapiException.BadRequest(ErrorCodes.InvalidQuery, $"Invalid {option} '{text}': {error.Message}", option);
        }
    }

    public bool Matches(IEntityView entity) => root.Eval(new Scope(entity, null, null, null)) is true;

    internal enum Kind
    {
        String,
        Integer,
        Decimal,
        Boolean,
        Null,
        Enum,
        Object,
        Collection,
        Other,
    }

    internal sealed record EdmType(Kind Kind, Schema? Schema = null)
    {
        public static EdmType Of(Schema schema) => schema.Type switch
        {
            "string" when schema.Enum is { Count: > 0 } => new(Kind.Enum, schema),
            "string" => new(Kind.String, schema),
            "integer" => new(Kind.Integer, schema),
            "number" => new(Kind.Decimal, schema),
            "boolean" => new(Kind.Boolean, schema),
            "array" => new(Kind.Collection, schema.Items),
            _ when schema.IsObject => new(Kind.Object, schema),
            _ => new(Kind.Other, schema),
        };

        public string Edm => Kind switch
        {
            Kind.String => "Edm.String",
            Kind.Integer => "Edm.Int32",
            Kind.Decimal => "Edm.Decimal",
            Kind.Boolean => "Edm.Boolean",
            Kind.Null => "null",
            Kind.Enum => Schema?.Name ?? "enum",
            Kind.Object => Schema?.Name ?? "complex",
            Kind.Collection => $"Collection({Schema?.Name ?? "item"})",
            _ => "unknown",
        };
    }

    /// <summary>The lambda variables in scope, innermost first; <c>$it</c> is the entity itself.</summary>
    private sealed record Scope(IEntityView It, string? Variable, object? Value, Scope? Outer)
    {
        public object? Lookup(string name) => Variable == name ? Value : Outer?.Lookup(name);
    }

    private abstract class Node(EdmType type)
    {
        public EdmType Type { get; } = type;

        public abstract object? Eval(Scope scope);
    }

    private sealed class Literal(EdmType type, object? value) : Node(type)
    {
        public object? Value { get; } = value;

        public override object? Eval(Scope scope) => Value;
    }

    private sealed class PropertyPath(EdmType type, string? variable, IReadOnlyList<SchemaProperty> segments) : Node(type)
    {
        public override object? Eval(Scope scope)
        {
            object? current = variable is null ? scope.It : scope.Lookup(variable);
            foreach (var segment in segments)
            {
                JsonNode? node;
                var found = current switch
                {
                    IEntityView view => view.TryGet(segment.Name, out node),
                    JsonObject obj => obj.TryGetPropertyValue(segment.Name, out node),
                    _ => Nothing(out node),
                };
                if (!found)
                {
                    node = segment.Schema.DefaultValue;
                }
                current = node is JsonObject child ? new JsonObjectView(child) : JsonValues.Primitive(node);
            }
            return current;
        }

        private static bool Nothing(out JsonNode? node)
        {
            node = null;
            return false;
        }
    }

    private sealed class Lambda(bool all, PropertyPath collection, string variable, Node? body) : Node(new EdmType(Kind.Boolean))
    {
        public override object? Eval(Scope scope)
        {
            if (collection.Eval(scope) is not JsonArray items)
            {
                return all;
            }
            if (body is null)
            {
                return items.Count > 0;
            }
            foreach (var item in items)
            {
                object? value = item is JsonObject obj ? new JsonObjectView(obj) : JsonValues.Primitive(item);
                var matches = body.Eval(new Scope(scope.It, variable, value, scope)) is true;
                if (all && !matches)
                {
                    return false;
                }
                if (!all && matches)
                {
                    return true;
                }
            }
            return all;
        }
    }

    private sealed class Logical(string op, Node left, Node? right) : Node(new EdmType(Kind.Boolean))
    {
        public override object? Eval(Scope scope) => op switch
        {
            "and" => left.Eval(scope) is true && right!.Eval(scope) is true,
            "or" => left.Eval(scope) is true || right!.Eval(scope) is true,
            _ => left.Eval(scope) is not true,
        };
    }

    private sealed class Comparison(string op, Node left, Node right) : Node(new EdmType(Kind.Boolean))
    {
        public override object? Eval(Scope scope)
        {
            var a = left.Eval(scope);
            var b = right.Eval(scope);
            if (a is null || b is null)
            {
                return op switch
                {
                    "eq" => a is null && b is null,
                    "ne" => !(a is null && b is null),
                    _ => false,
                };
            }
            var order = Compare(a, b);
            return op switch
            {
                "eq" => order == 0,
                "ne" => order != 0,
                "gt" => order > 0,
                "ge" => order >= 0,
                "lt" => order < 0,
                _ => order <= 0,
            };
        }
    }

    private sealed class In(Node left, IReadOnlyList<Node> list) : Node(new EdmType(Kind.Boolean))
    {
        public override object? Eval(Scope scope)
        {
            var value = left.Eval(scope);
            return list.Any(item => item.Eval(scope) is var candidate
                && (value is null ? candidate is null : candidate is not null && Compare(value, candidate) == 0));
        }
    }

    private sealed class Call(string name, EdmType type, IReadOnlyList<Node> args) : Node(type)
    {
        public override object? Eval(Scope scope)
        {
            var values = args.Select(a => a.Eval(scope)).ToArray();
            if (values.Any(v => v is null))
            {
                return name is "contains" or "startswith" or "endswith" ? false : null;
            }
            var s = (string)values[0]!;
            return name switch
            {
                "contains" => s.Contains((string)values[1]!, StringComparison.Ordinal),
                "startswith" => s.StartsWith((string)values[1]!, StringComparison.Ordinal),
                "endswith" => s.EndsWith((string)values[1]!, StringComparison.Ordinal),
                "tolower" => s.ToLowerInvariant(),
                "toupper" => s.ToUpperInvariant(),
                "trim" => s.Trim(),
                "length" => (long)s.Length,
                "concat" => s + (string)values[1]!,
                _ => throw new InvalidOperationException(name),
            };
        }
    }

    /// <summary>OData compares numbers by value, strings (and enum members) ordinally.</summary>
    internal static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (bool x, bool y) => x.CompareTo(y),
        (long x, long y) => x.CompareTo(y),
        _ when IsNumber(a) && IsNumber(b) => Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture)),
    };

    private static bool IsNumber(object value) => value is long or int or decimal or double;

    private sealed class FilterException(string message) : Exception(message);

    private enum TokenKind
    {
        Identifier,
        String,
        Number,
        Symbol,
        End,
    }

    private sealed record Token(TokenKind Kind, string Text, int Position, bool FollowedByQuote = false);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var start = i++;
                var value = new System.Text.StringBuilder();
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FilterException($"unterminated string literal at {start}");
                    }
                    if (text[i] == '\'')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '\'')
                        {
                            value.Append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.Append(text[i++]);
                }
                tokens.Add(new Token(TokenKind.String, value.ToString(), start));
            }
            else if (char.IsDigit(c) || (c == '-' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or 'e' or 'E' || (text[i] is '+' or '-' && text[i - 1] is 'e' or 'E')))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start, i < text.Length && text[i] == '\''));
            }
            else if (c is '(' or ')' or ',' or '/' or ':')
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString(), i++));
            }
            else
            {
                throw new FilterException($"unexpected '{c}' at {i}");
            }
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    private sealed class Parser(List<Token> tokens, Schema entity)
    {
        private static readonly string[] ComparisonOperators = ["eq", "ne", "gt", "ge", "lt", "le"];
        private readonly Dictionary<string, EdmType> variables = new(StringComparer.Ordinal);
        private int position;

        private Token Peek => tokens[position];

        public void ExpectEnd()
        {
            if (Peek.Kind != TokenKind.End)
            {
                throw new FilterException($"unexpected '{Peek.Text}' at {Peek.Position}");
            }
        }

        public Node ParseExpression()
        {
            var left = ParseAnd();
            while (IsWord("or"))
            {
                position++;
                left = new Logical("or", RequireBoolean(left, "or"), RequireBoolean(ParseAnd(), "or"));
            }
            return left;
        }

        private Node ParseAnd()
        {
            var left = ParseNot();
            while (IsWord("and"))
            {
                position++;
                left = new Logical("and", RequireBoolean(left, "and"), RequireBoolean(ParseNot(), "and"));
            }
            return left;
        }

        private Node ParseNot()
        {
            if (IsWord("not"))
            {
                position++;
                return new Logical("not", RequireBoolean(ParseNot(), "not"), null);
            }
            return ParseComparison();
        }

        private Node ParseComparison()
        {
            var left = ParsePrimary();
            if (Peek.Kind == TokenKind.Identifier && ComparisonOperators.Contains(Peek.Text))
            {
                var op = tokens[position++].Text;
                var right = ParsePrimary();
                CheckComparable(op, left, right);
                return new Comparison(op, left, right);
            }
            if (IsWord("in"))
            {
                position++;
                Expect("(");
                var list = new List<Node>();
                do
                {
                    var item = ParsePrimary();
                    CheckComparable("in", left, item);
                    list.Add(item);
                }
                while (TryConsume(","));
                Expect(")");
                return new In(left, list);
            }
            return left;
        }

        private Node ParsePrimary()
        {
            var token = Peek;
            switch (token.Kind)
            {
                case TokenKind.Symbol when token.Text == "(":
                    position++;
                    var inner = ParseExpression();
                    Expect(")");
                    return inner;
                case TokenKind.String:
                    position++;
                    return new Literal(new EdmType(Kind.String), token.Text);
                case TokenKind.Number:
                    position++;
                    if (long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    {
                        return new Literal(new EdmType(Kind.Integer), integer);
                    }
                    if (decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
                    {
                        return new Literal(new EdmType(Kind.Decimal), real);
                    }
                    throw new FilterException($"invalid number '{token.Text}'");
                case TokenKind.Identifier:
                    return ParseIdentifier();
                default:
                    throw new FilterException(token.Kind == TokenKind.End ? "unexpected end of the filter" : $"unexpected '{token.Text}' at {token.Position}");
            }
        }

        private Node ParseIdentifier()
        {
            var token = tokens[position++];
            switch (token.Text)
            {
                case "true":
                    return new Literal(new EdmType(Kind.Boolean), true);
                case "false":
                    return new Literal(new EdmType(Kind.Boolean), false);
                case "null":
                    return new Literal(new EdmType(Kind.Null), null);
            }
            if (token.FollowedByQuote && Peek.Kind == TokenKind.String)
            {
                // A qualified enum literal: Pbx.DayOfWeek'Monday'.
                var member = tokens[position++].Text;
                return new Literal(new EdmType(Kind.String), member);
            }
            if (Peek.Kind == TokenKind.Symbol && Peek.Text == "(")
            {
                return ParseCall(token);
            }
            return ParsePath(token);
        }

        private Call ParseCall(Token name)
        {
            Expect("(");
            var args = new List<Node>();
            if (!TryConsume(")"))
            {
                do
                {
                    args.Add(ParseExpression());
                }
                while (TryConsume(","));
                Expect(")");
            }
            var (arity, result) = name.Text switch
            {
                "contains" or "startswith" or "endswith" => (2, Kind.Boolean),
                "tolower" or "toupper" or "trim" => (1, Kind.String),
                "length" => (1, Kind.Integer),
                "concat" => (2, Kind.String),
                _ => throw new FilterException($"unknown function '{name.Text}'"),
            };
            if (args.Count != arity)
            {
                throw new FilterException($"{name.Text} takes {arity} argument(s), not {args.Count}");
            }
            foreach (var arg in args)
            {
                if (arg.Type.Kind is not (Kind.String or Kind.Null or Kind.Enum))
                {
                    throw new FilterException($"{name.Text} expects Edm.String arguments, not {arg.Type.Edm}");
                }
            }
            return new Call(name.Text, new EdmType(result), args);
        }

        private Node ParsePath(Token first)
        {
            string? variable = null;
            EdmType current;
            var segments = new List<SchemaProperty>();
            if (variables.TryGetValue(first.Text, out var bound))
            {
                variable = first.Text;
                current = bound;
            }
            else if (first.Text == "$it")
            {
                current = new EdmType(Kind.Object, entity);
            }
            else
            {
                var property = Resolve(entity, first.Text);
                segments.Add(property);
                current = EdmType.Of(property.Schema);
            }
            while (TryConsume("/"))
            {
                var segment = Peek.Kind == TokenKind.Identifier ? tokens[position++] : throw new FilterException($"a property name is expected at {Peek.Position}");
                if (segment.Text is "any" or "all" && Peek.Kind == TokenKind.Symbol && Peek.Text == "(")
                {
                    if (current.Kind != Kind.Collection)
                    {
                        throw new FilterException($"'{segment.Text}' applies to a collection, not {current.Edm}");
                    }
                    return ParseLambda(segment.Text == "all", new PropertyPath(current, variable, segments), current);
                }
                if (current.Kind != Kind.Object || current.Schema is null)
                {
                    throw new FilterException($"'{segment.Text}' cannot follow a value of type {current.Edm}");
                }
                var property = Resolve(current.Schema, segment.Text);
                segments.Add(property);
                current = EdmType.Of(property.Schema);
            }
            return new PropertyPath(current, variable, segments);
        }

        private Lambda ParseLambda(bool all, PropertyPath collection, EdmType collectionType)
        {
            Expect("(");
            if (TryConsume(")"))
            {
                if (all)
                {
                    throw new FilterException("all() needs a lambda expression");
                }
                return new Lambda(false, collection, "", null);
            }
            var variable = Peek.Kind == TokenKind.Identifier ? tokens[position++].Text : throw new FilterException("a lambda variable is expected");
            Expect(":");
            var element = collectionType.Schema is { } item ? EdmType.Of(item) : new EdmType(Kind.Other);
            variables[variable] = element;
            var body = RequireBoolean(ParseExpression(), variable);
            variables.Remove(variable);
            Expect(")");
            return new Lambda(all, collection, variable, body);
        }

        private static SchemaProperty Resolve(Schema schema, string name) =>
            schema.Property(name) ?? throw new FilterException($"could not find a property named '{name}' on type '{schema.Name ?? "the entity"}'");

        private static Node RequireBoolean(Node node, string op) => node.Type.Kind is Kind.Boolean or Kind.Null
            ? node
            : throw new FilterException($"'{op}' needs boolean operands, not {node.Type.Edm}");

        private static void CheckComparable(string op, Node left, Node right)
        {
            var a = left.Type;
            var b = right.Type;
            if (a.Kind == Kind.Null || b.Kind == Kind.Null)
            {
                if (op is not ("eq" or "ne" or "in"))
                {
                    throw new FilterException($"'{op}' cannot compare with null");
                }
                return;
            }
            var compatible = (a.Kind, b.Kind) switch
            {
                (Kind.String, Kind.String) or (Kind.Boolean, Kind.Boolean) => true,
                (Kind.Integer or Kind.Decimal, Kind.Integer or Kind.Decimal) => true,
                (Kind.Enum, Kind.String) or (Kind.String, Kind.Enum) => true,
                (Kind.Enum, Kind.Enum) => a.Schema == b.Schema,
                _ => false,
            };
            if (!compatible)
            {
                throw new FilterException($"a binary operator with incompatible types was detected: found operand types '{a.Edm}' and '{b.Edm}' for operator '{op}'");
            }
            CheckEnumMember(a, right);
            CheckEnumMember(b, left);
        }

        /// <summary>A string literal compared with an enum property must name one of its members.</summary>
        private static void CheckEnumMember(EdmType enumType, Node other)
        {
            if (enumType.Kind == Kind.Enum && other is Literal { Value: string member } && enumType.Schema?.Enum is { } members && !members.Contains(member))
            {
                throw new FilterException($"'{member}' is not a member of {enumType.Edm}");
            }
        }

        private bool IsWord(string word) => Peek.Kind == TokenKind.Identifier && Peek.Text == word;

        private bool TryConsume(string symbol)
        {
            if (Peek.Kind == TokenKind.Symbol && Peek.Text == symbol)
            {
                position++;
                return true;
            }
            return false;
        }

        private void Expect(string symbol)
        {
            if (!TryConsume(symbol))
            {
                throw new FilterException(Peek.Kind == TokenKind.End ? $"'{symbol}' expected at the end" : $"'{symbol}' expected at {Peek.Position}, found '{Peek.Text}'");
            }
        }
    }
}
