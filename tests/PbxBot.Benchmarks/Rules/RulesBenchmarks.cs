using System.Globalization;
using BenchmarkDotNet.Attributes;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Benchmarks.Rules;

/// <summary>
/// The rules service on a small and a large French PBX (5-digit plan 10000–99999, 50 departments, 200 DIDs):
/// validating one create-extension request, with a chosen number and with "first free", and the first free
/// number alone. The used numbers start at 10000, skip the blocked blocks (11200–11299, 15000–15999, 17000–18999…)
/// and have a deleted extension every 50 numbers in their upper half: the first free number is one of those gaps,
/// reached by jumping over every used and blocked interval below it.
/// </summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private readonly RulesService rules = new();
    private PbxSnapshot pbx = null!;
    private ExtensionDraft chosenNumber = null!;
    private ExtensionDraft firstFree = null!;
    private Operator admin = null!;

    [Params(10, 10_000)]
    public int Extensions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var empty = new PbxSnapshot(Settings(), UsedNumbers.Empty, [], []);
        var numbers = new List<int>(Extensions);
        for (var n = 10_000; numbers.Count < Extensions; n++)
        {
            if (rules.CheckNumber(n.ToString(CultureInfo.InvariantCulture), empty).IsFree)
            {
                numbers.Add(n);
            }
        }
        var used = numbers.Where((_, i) => i < Extensions / 2 || i % 50 != 0).ToArray();
        var departments = Enumerable.Range(0, 50)
            .Select(i => new Department { Key = $"dept-{i:00}", Name = $"Dept {i:00}", IsDefault = i == 0 })
            .ToArray();
        var dids = Enumerable.Range(0, 200)
            .Select(i => new Did { Number = $"+3318020{i:0000}", AssignedTo = i < 150 && i < used.Length ? used[i].ToString(CultureInfo.InvariantCulture) : null })
            .ToArray();
        pbx = new PbxSnapshot(Settings(), UsedNumbers.From(used), departments, dids);
        admin = new Operator("admin", "Admin", new Grant { PbxId = "pbx-bench", UserId = "admin", Role = Role.SystemAdmins });
        firstFree = new ExtensionDraft
        {
            FirstName = "Justine",
            LastName = "Martin",
            EmailAddress = "justine.martin@acme.fr",
            Mobile = "06 12 34 56 78",
            Department = "dept-42",
            Role = Role.Managers,
            Did = "+33180200180",
        };
        chosenNumber = firstFree with { Number = rules.FirstFreeNumber(pbx) };
        if (!rules.ValidateExtension(chosenNumber, pbx, admin, DateTimeOffset.UnixEpoch).IsValid || !rules.ValidateExtension(firstFree, pbx, admin, DateTimeOffset.UnixEpoch).IsValid)
        {
            throw new InvalidOperationException("The benchmark's request must be valid, or it would measure the error path.");
        }
    }

    [Benchmark]
    public Validation<Extension> ValidateExtensionWithChosenNumber() => rules.ValidateExtension(chosenNumber, pbx, admin, DateTimeOffset.UnixEpoch);

    [Benchmark]
    public Validation<Extension> ValidateExtensionWithFirstFreeNumber() => rules.ValidateExtension(firstFree, pbx, admin, DateTimeOffset.UnixEpoch);

    [Benchmark]
    public string? FirstFreeNumber() => rules.FirstFreeNumber(pbx);

    private static PbxSettings Settings() => new()
    {
        Id = "pbx-bench",
        DisplayName = "Bench",
        Country = "FR",
        DialPlan = DialPlan.Single(10_000, 99_999),
        WebClientUrl = new Uri("https://bench.3cx.fr"),
    };
}
