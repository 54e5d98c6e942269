using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Testing.Conversations;

/// <summary>
/// The PBX every conversation test starts from: French, dial plan 100–899, a DID pool, three departments, three
/// extensions, and one operator of each kind.
/// </summary>
public static class TestPbx
{
    public const string Id = "pbx-test";
    public const string Name = "Cabinet Dupont";
    public const string General = "general";
    public const string Support = "support";
    public const string Sales = "ventes";

    public static readonly string[] Dids = ["+33180203040", "+33180203041", "+33180203042"];

    /// <summary>Teams identities (AAD object ids) and names of the test operators.</summary>
    public static class Users
    {
        public static readonly (string Id, string Name) Owner = ("aad-owner", "Olivia Owner");
        public static readonly (string Id, string Name) Admin = ("aad-admin", "Alice Admin");
        public static readonly (string Id, string Name) SupportAdmin = ("aad-support-admin", "Sam Support");
        public static readonly (string Id, string Name) Manager = ("aad-manager", "Marc Manager");
        public static readonly (string Id, string Name) Helpdesk = ("aad-helpdesk", "Hélène Helpdesk");
        public static readonly (string Id, string Name) Stranger = ("aad-stranger", "Sophie Stranger");
    }

    public static PbxSettings Settings => new()
    {
        Id = Id,
        DisplayName = Name,
        Country = "FR",
        DefaultLanguage = Language.French,
        DialPlan = DialPlan.Single(100, 899),
        WebClientUrl = new Uri("https://dupont.3cx.example"),
        TimeZoneId = "Europe/Paris",
    };

    public static async Task SeedAsync(PbxRepository repository, CancellationToken ct)
    {
        var at = DateTimeOffset.UtcNow;
        AuditEntry Audit(string what) => new() { Id = Guid.NewGuid().ToString("N"), PbxId = Id, At = at, ActorId = "seed", ActorName = "seed", Action = "seed", Target = what };

        await repository.SaveSettingsAsync(Settings, null, ct);
        await repository.AddDidsAsync(Id, Dids, ct);
        await repository.CreateDepartmentAsync(new Department { Key = General, Name = "Général", IsDefault = true }, Audit("general"), ct);
        await repository.CreateDepartmentAsync(new Department { Key = Support, Name = "Support" }, Audit("support"), ct);
        await repository.CreateDepartmentAsync(new Department { Key = Sales, Name = "Ventes" }, Audit("ventes"), ct);
        foreach (var (number, first, last, email, dept) in new[]
        {
            ("100", "Accueil", "Standard", (string?)null, General),
            ("101", "Marie", "Curie", "marie.curie@dupont.example", Support),
            ("102", "Pierre", "Curie", "pierre.curie@dupont.example", Sales),
        })
        {
            await repository.CreateExtensionAsync(
                new Extension { Number = number, FirstName = first, LastName = last, EmailAddress = email, Department = dept, CreatedAt = at, CreatedBy = "seed" },
                Audit($"extension:{number}"), [], null, ct);
        }
        await SeedGrantsAsync(repository, ct);
    }

    /// <summary>The operators of the test PBX (what only PbxBot knows: the PBX itself may come from a 3CX).</summary>
    public static async Task SeedGrantsAsync(PbxRepository repository, CancellationToken ct)
    {
        var at = DateTimeOffset.UtcNow;
        AuditEntry Audit(string what) => new() { Id = Guid.NewGuid().ToString("N"), PbxId = Id, At = at, ActorId = "seed", ActorName = "seed", Action = "seed", Target = what };
        async Task GrantAsync((string Id, string Name) user, Role? role, bool helpdesk = false, params string[] departments) =>
            await repository.SaveGrantAsync(new Grant
            {
                PbxId = Id,
                UserId = user.Id,
                DisplayName = user.Name,
                Role = role,
                Helpdesk = helpdesk,
                Departments = departments,
                GrantedBy = "seed",
                GrantedAt = at,
            }, null, Audit($"grant:{user.Id}"), ct);
        await GrantAsync(Users.Owner, Role.SystemOwners);
        await GrantAsync(Users.Admin, Role.SystemAdmins);
        await GrantAsync(Users.SupportAdmin, Role.GroupAdmins, false, Support);
        await GrantAsync(Users.Manager, Role.Managers, false, Support);
        await GrantAsync(Users.Helpdesk, null, true);
    }
}
