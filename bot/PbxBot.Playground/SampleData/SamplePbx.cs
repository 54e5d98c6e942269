using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Playground.SampleData;

/// <summary>
/// The sample PBX of the playground, clearly marked as such (<see cref="PbxSettings.IsSample"/>, "Exemple —" in its
/// name, <c>.invalid</c> addresses): French, dial plan 100–899, three DIDs, a default department and a support one,
/// two extensions (one with an e-mail address, for the helpdesk to resend), and the playground users' grants.
/// </summary>
public static class SamplePbx
{
    public const string Id = "pbx-exemple";
    public const string Name = "Exemple — Cabinet Dupont";
    public const string General = "general";
    public const string Support = "support";
    public const string SeededBy = "sample-data";

    public static readonly IReadOnlyList<string> Dids = ["+33180203040", "+33180203041", "+33180203042"];

    public static PbxSettings Settings => new()
    {
        Id = Id,
        DisplayName = Name,
        Country = "FR",
        DefaultLanguage = Language.French,
        DialPlan = DialPlan.Single(100, 899),
        WebClientUrl = new Uri("https://cabinet-dupont.exemple.invalid"),
        TimeZoneId = "Europe/Paris",
        IsSample = true,
    };

    public static async Task SeedAsync(PbxRepository repository, DateTimeOffset at, CancellationToken ct)
    {
        AuditEntry Audit(string action, string target) => new()
        {
            Id = Guid.NewGuid().ToString("N"), PbxId = Id, At = at, ActorId = SeededBy, ActorName = "Données d'exemple / sample data", Action = action, Target = target,
        };

        await repository.SaveSettingsAsync(Settings, null, ct);
        await repository.AddDidsAsync(Id, Dids, ct);
        await repository.CreateDepartmentAsync(new Department { Key = General, Name = "Général", IsDefault = true }, Audit("department.created", $"department:{General}"), ct);
        await repository.CreateDepartmentAsync(new Department { Key = Support, Name = "Support" }, Audit("department.created", $"department:{Support}"), ct);
        foreach (var extension in new[]
        {
            new Extension { Number = "100", FirstName = "Accueil", LastName = "Standard", Department = General, CreatedAt = at, CreatedBy = SeededBy },
            new Extension { Number = "101", FirstName = "Marie", LastName = "Curie", EmailAddress = "marie.curie@exemple.invalid", Department = Support, CreatedAt = at, CreatedBy = SeededBy },
        })
        {
            await repository.CreateExtensionAsync(extension, Audit("extension.created", $"extension:{extension.Number}"), [], null, ct);
        }
        foreach (var user in PlaygroundUsers.All)
        {
            await repository.SaveGrantAsync(new Grant
            {
                PbxId = Id,
                UserId = user.Id,
                DisplayName = user.Name,
                Role = user.Role,
                Helpdesk = user.Helpdesk,
                Departments = user.Departments,
                GrantedBy = SeededBy,
                GrantedAt = at,
            }, null, Audit("grant.created", $"grant:{user.Id}"), ct);
        }
    }
}
