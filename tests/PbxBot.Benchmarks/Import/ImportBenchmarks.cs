using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using PbxBot.Application.Import;
using PbxBot.Csv;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Benchmarks.Import;

/// <summary>
/// What the operator waits for between sending a file and seeing its preview: reading a 2,000-row file (French Excel:
/// Windows-1252, <c>;</c>) and validating every row with the rules service against a PBX of 10 or 10,000 extensions,
/// numbers left empty allocated around the file's own. Half the rows ask for a number, a tenth carry mistakes.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly ImportPlanner planner = new(new RulesService());
    private byte[] file = null!;
    private PbxSnapshot pbx = null!;
    private Operator admin = null!;

    [Params(10, 10_000)]
    public int Extensions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rules = new RulesService();
        var settings = new PbxSettings
        {
            Id = "pbx-bench", DisplayName = "Bench", Country = "FR", DialPlan = DialPlan.Single(10000, 99999), WebClientUrl = new Uri("https://bench.3cx.fr"),
        };
        var empty = new PbxSnapshot(settings, UsedNumbers.Empty, [], []);
        var used = new List<int>(Extensions);
        for (var n = 10_000; used.Count < Extensions; n++)
        {
            if (rules.CheckNumber(n.ToString(CultureInfo.InvariantCulture), empty).IsFree)
            {
                used.Add(n);
            }
        }
        var departments = Enumerable.Range(0, 50).Select(i => new Department { Key = $"dept-{i:00}", Name = $"Département {i:00}", IsDefault = i == 0 }).ToArray();
        pbx = new PbxSnapshot(settings, UsedNumbers.From(used), departments, [.. Enumerable.Range(0, 500).Select(i => new Did { Number = $"+3318020{i:0000}" })]);
        admin = new Operator("admin", "Admin", new Grant { PbxId = "pbx-bench", UserId = "admin", Role = Role.SystemAdmins });
        var lines = new List<string> { "Numéro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA" };
        for (var i = 0; i < CsvLimits.DefaultMaxRows; i++)
        {
            var number = i % 2 == 0 ? (60_000 + i).ToString(CultureInfo.InvariantCulture) : "";
            var email = i % 10 == 7 ? "pas-une-adresse" : $"prenom.nom{i}@acme.fr";
            var did = i < 400 ? $"+3318020{i:0000}" : "";
            lines.Add($"{number};Prénom{i};Nom-é{i};{email};06 12 34 {i % 100:00} {i % 97:00};Département {i % 50:00};{(i % 3 == 0 ? "Manager" : "Utilisateur")};{(i % 4 == 0 ? "oui" : "non")};{did}");
        }
        file = Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", lines) + "\r\n");
        var plan = Preview();
        if (plan.Rows.Count != 1_800 || plan.Rejected.Count != 200)
        {
            throw new InvalidOperationException($"The file should give 1,800 rows to create and 200 refused, not {plan.Rows.Count} and {plan.Rejected.Count}.");
        }
    }

    /// <summary>The file read, then every row validated: the preview's work.</summary>
    [Benchmark]
    public ImportPlan Preview()
    {
        var read = ExtensionCsvReader.Read(new MemoryStream(file, writable: false));
        return planner.Plan(read.File!, pbx, admin, DateTimeOffset.UnixEpoch, Language.French);
    }
}
