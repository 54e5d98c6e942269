using System.Globalization;
using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Semantics;

namespace PbxBot.Pbx.Xapi.StandIn.TestApi;

/// <summary>
/// <c>POST …/_standin/generate</c> <c>{ "users": 10000, "firstNumber": 10000, "groups": 50, "dids": 200 }</c>:
/// synthetic but realistic data for big-PBX tests, the same on every run. Groups are departments with office
/// hours; DIDs come from the UK's drama range (+44 20 7946 0xxx, never a real line); users get names, e-mail
/// addresses, numbers from <c>firstNumber</c> upward (skipping taken and emergency numbers, all of the PBX's
/// extension length), one department each (every 25th a manager) and every 5th a DID as outbound caller ID.
/// </summary>
public static class Generator
{
    private static readonly string[] Departments =
        ["Sales", "Support", "Accounting", "Marketing", "Engineering", "Reception", "Human Resources", "Legal", "Logistics", "Purchasing",
         "IT", "Management", "Operations", "Quality", "Research", "Training", "Facilities", "Finance", "Customer Care", "Billing"];

    private static readonly string[] FirstNames =
        ["Ada", "Alan", "Grace", "Linus", "Marie", "Pierre", "Emmy", "Niels", "Rosalind", "Claude", "Hedy", "Tim", "Katherine", "Dennis",
         "Barbara", "Ken", "Frances", "John", "Margaret", "Edsger", "Sophie", "Carl", "Lise", "Max", "Chien-Shiung", "Enrico", "Dorothy", "Werner"];

    private static readonly string[] LastNames =
        ["Lovelace", "Turing", "Hopper", "Torvalds", "Curie", "Noether", "Bohr", "Franklin", "Shannon", "Lamarr", "Berners-Lee", "Johnson",
         "Ritchie", "Liskov", "Thompson", "Allen", "Backus", "Hamilton", "Dijkstra", "Germain", "Gauss", "Meitner", "Planck", "Wu", "Fermi",
         "Hodgkin", "Heisenberg", "Knuth", "Babbage", "Kernighan", "Goldberg"];

    public static JsonObject Generate(PbxTenant tenant, JsonObject body)
    {
        foreach (var (name, _) in body)
        {
            if (name is not ("users" or "firstNumber" or "groups" or "dids"))
            {
                throw XapiException.BadRequest(ErrorCodes.UnknownProperty, $"Unknown generate property '{name}' (users, firstNumber, groups, dids).", name);
            }
        }
        var settings = tenant.Settings;
        var users = Count(body, "users", 100_000);
        var groups = Count(body, "groups", 1_000);
        var dids = Count(body, "dids", 1_000);
        var first = body["firstNumber"] is null ? settings.UserNumberFrom
            : Json.Int(body["firstNumber"]) is { } given && given >= 0 ? given
            : throw XapiException.BadRequest(ErrorCodes.InvalidValue, "firstNumber must be a non-negative integer.", "firstNumber");
        return tenant.Write(state =>
        {
            PbxRules.CheckLicence(settings, state, users);
            var groupIds = new List<int>();
            for (var i = 0; i < groups; i++)
            {
                var name = i < Departments.Length ? Departments[i] : $"{Departments[i % Departments.Length]} {(i / Departments.Length) + 1}";
                if (state.GroupByName(name) is not null)
                {
                    name = $"{name} (generated {i + 1})";
                }
                (state, var id) = state.TakeId();
                var props = PropertyDictionary.NewBuilder();
                props["Name"] = name;
                props["IsDefault"] = false;
                props["Language"] = "EN";
                props["TimeZoneId"] = "Europe/London";
                props["Hours"] = OfficeHours();
                state = state.WithGroup(new GroupRecord(id, PropertyDictionary.Of(props)));
                groupIds.Add(id);
            }
            var didNumbers = new List<string>();
            for (var i = 0; didNumbers.Count < dids && i < 1000; i++)
            {
                var number = $"+44207946{i:0000}";
                if (state.Dids.All(d => d.Number != number))
                {
                    state = state with
                    {
                        Dids = state.Dids.Add(new DidRecord(PropertyDictionary.Empty.With("Number", JsonValue.Create(number)).With("TrunkId", JsonValue.Create(1)))),
                    };
                    didNumbers.Add(number);
                }
            }
            if (didNumbers.Count < dids)
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidValue, $"Only {didNumbers.Count} more generated DIDs fit the drama range.", "dids");
            }
            var defaultGroup = state.Groups.Values.First(g => g.IsDefault).Id;
            var candidate = first;
            string? firstGiven = null, lastGiven = null;
            var added = new List<UserRecord>(users);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < users; i++)
            {
                var number = NextNumber(settings, state, taken, ref candidate);
                firstGiven ??= number;
                lastGiven = number;
                var firstName = FirstNames[i % FirstNames.Length];
                var lastName = LastNames[(i / FirstNames.Length) % LastNames.Length];
                var groupId = groupIds.Count > 0 ? groupIds[i % groupIds.Count] : defaultGroup;
                var role = i % 25 == 0 ? "managers" : PbxRules.DefaultRole;
                var props = PropertyDictionary.NewBuilder();
                props["Number"] = number;
                props["FirstName"] = firstName;
                props["LastName"] = lastName;
                props["EmailAddress"] = $"{firstName}.{lastName}.{number}@example.com".ToLowerInvariant();
                props["PrimaryGroupId"] = groupId;
                props["Language"] = "EN";
                props["Enabled"] = true;
                props["Require2FA"] = false;
                if (didNumbers.Count > 0 && i % 5 == 0)
                {
                    props["OutboundCallerID"] = didNumbers[(i / 5) % didNumbers.Count];
                }
                (state, var id) = state.TakeId();
                taken.Add(number);
                added.Add(new UserRecord(id, PropertyDictionary.Of(props), [new Membership(groupId, new JsonObject { ["RoleName"] = role })], null));
            }
            state = state.WithNewUsers(added);
            return (state, new JsonObject
            {
                ["users"] = users,
                ["groups"] = groups,
                ["didNumbers"] = dids,
                ["firstNumber"] = firstGiven,
                ["lastNumber"] = lastGiven,
            });
        });
    }

    private static string NextNumber(PbxSettings settings, PbxState state, HashSet<string> taken, ref int candidate)
    {
        for (; ; candidate++)
        {
            var number = candidate.ToString(CultureInfo.InvariantCulture);
            if (number.Length > settings.ExtensionLength)
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidNumber,
                    $"The users do not fit: numbers from firstNumber upward run past {settings.ExtensionLength} digits (create the PBX with a larger extensionLength).", "firstNumber");
            }
            if (number.Length < settings.ExtensionLength)
            {
                throw XapiException.BadRequest(ErrorCodes.InvalidNumber, $"firstNumber must have the PBX's {settings.ExtensionLength} digits.", "firstNumber");
            }
            if (!state.UserIdsByNumber.ContainsKey(number) && !taken.Contains(number) && PbxRules.BlockedPrefix(settings, number) is null)
            {
                candidate++;
                return number;
            }
        }
    }

    /// <summary>Monday to Friday, 09:00–12:30 and 13:30–17:30: a Pbx.Schedule of specific hours.</summary>
    private static JsonObject OfficeHours() => new()
    {
        ["Type"] = "OfficeHours",
        ["IgnoreHolidays"] = false,
        ["Periods"] = new JsonArray([.. new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.SelectMany(day => new JsonNode[]
        {
            new JsonObject { ["DayOfWeek"] = day, ["Start"] = "09:00:00", ["Stop"] = "12:30:00" },
            new JsonObject { ["DayOfWeek"] = day, ["Start"] = "13:30:00", ["Stop"] = "17:30:00" },
        })]),
    };

    private static int Count(JsonObject body, string name, int max) => body[name] is null ? 0
        : Json.Int(body[name]) is { } value && value >= 0 && value <= max ? value
        : throw XapiException.BadRequest(ErrorCodes.InvalidValue, $"{name} must be an integer from 0 to {max}.", name);
}
