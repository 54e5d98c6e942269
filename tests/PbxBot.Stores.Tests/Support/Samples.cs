using System.Globalization;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Stores.Tests.Support;

/// <summary>The PBX and the values the contract tests store: a French PBX with the dial plan 200–299.</summary>
public static class Samples
{
    public const string PbxId = "pbx-contract";
    public const string General = "general";

    public static PbxSettings Settings(string pbxId = PbxId) => new()
    {
        Id = pbxId,
        DisplayName = "Cabinet Contrat",
        Country = "FR",
        DialPlan = DialPlan.Single(200, 299),
        WebClientUrl = new Uri("https://contrat.3cx.example"),
    };

    /// <summary>Saves the settings and the default department: what a PBX has before its first extension.</summary>
    public static async Task<PbxRepository> NewPbxAsync(this StoreUnderTest store, CancellationToken ct, string pbxId = PbxId)
    {
        var repository = store.Repository;
        await repository.SaveSettingsAsync(Settings(pbxId), null, ct);
        await repository.CreateDepartmentAsync(new Department { Key = General, Name = "Général", IsDefault = true }, Audit($"department:{General}", pbxId), ct);
        return repository;
    }

    public static Extension Extension(int number, string firstName = "Marie", string lastName = "Curie") => new()
    {
        Number = number.ToString(CultureInfo.InvariantCulture),
        FirstName = firstName,
        LastName = lastName,
        EmailAddress = $"{firstName}.{lastName}@contrat.example".ToLowerInvariant(),
        Department = General,
        CreatedAt = DateTimeOffset.UnixEpoch,
        CreatedBy = "contract",
    };

    public static AuditEntry Audit(string target, string pbxId = PbxId) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        PbxId = pbxId,
        At = DateTimeOffset.UtcNow,
        ActorId = "aad-contract",
        ActorName = "Contract Test",
        Action = "test",
        Target = target,
    };

    public static OutboxMessage WelcomeMail(string subject, long dueAtMs = 0, string pbxId = PbxId) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        PbxId = pbxId,
        Kind = OutboxKind.WelcomeEmail,
        Payload = """{"number":"200"}""",
        DueAtMs = dueAtMs,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Subject = subject,
    };

    /// <summary>Creates the extension the way the wizard does: with its audit entry and its welcome e-mail.</summary>
    public static Task<Extension> CreateAsync(this PbxRepository repository, int number, CancellationToken ct, string pbxId = PbxId) =>
        repository.CreateExtensionAsync(Extension(number), Audit($"extension:{number}", pbxId), [WelcomeMail($"extension:{number}", pbxId: pbxId)], null, ct);

    public static Task DeleteAsync(this PbxRepository repository, int number, CancellationToken ct, string pbxId = PbxId) =>
        repository.DeleteExtensionAsync(pbxId, number.ToString(CultureInfo.InvariantCulture), Audit($"extension:{number}", pbxId), ct);

    public static async Task<string?> FirstFreeNumberAsync(this StoreUnderTest store, CancellationToken ct, string pbxId = PbxId) =>
        store.Rules.FirstFreeNumber(await store.Repository.LoadSnapshotAsync(pbxId, ct));

    /// <summary>A raw document of a kind no query of the product looks at.</summary>
    public static PbxDocument Note(string id, string text) => new(id, "note", new Note(text)) { Parent = "notes" };
}

public sealed record Note(string Text);
