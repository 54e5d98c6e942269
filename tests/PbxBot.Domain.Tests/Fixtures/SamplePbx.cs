using PbxBot.Domain;

namespace PbxBot.Domain.Tests.Fixtures;

/// <summary>
/// A French PBX as the seeds describe it: 3-digit extensions 100–899, a few used, three departments (Support
/// is the default one) and a small DID pool.
/// </summary>
public static class SamplePbx
{
    public const string Id = "pbx-acme";

    public static readonly Did FreeDid = new() { Number = "+33180203040" };
    public static readonly Did TakenDid = new() { Number = "+33180203041", AssignedTo = "101" };
    public static readonly Did OtherFreeDid = new() { Number = "+33180203042" };

    public static readonly Department Support = new() { Key = "support", Name = "Support", IsDefault = true };
    public static readonly Department Ventes = new() { Key = "ventes", Name = "Ventes" };
    public static readonly Department Comptabilite = new() { Key = "comptabilite", Name = "Comptabilité" };

    /// <summary>100–104 and 107 are used: the first free number is 105.</summary>
    public static PbxSnapshot France() => new(
        Settings("FR", DialPlan.Single(100, 899)),
        UsedNumbers.From([100, 101, 102, 103, 104, 107]),
        [Support, Ventes, Comptabilite],
        [FreeDid, TakenDid, OtherFreeDid]);

    public static PbxSettings Settings(string country, DialPlan plan) => new()
    {
        Id = Id,
        DisplayName = "Acme",
        Country = country,
        DialPlan = plan,
        WebClientUrl = new Uri("https://acme.3cx.fr"),
    };

    public static PbxSnapshot In(this PbxSnapshot pbx, string country) => pbx with { Settings = pbx.Settings with { Country = country } };

    public static PbxSnapshot WithPlan(this PbxSnapshot pbx, DialPlan plan) => pbx with { Settings = pbx.Settings with { DialPlan = plan } };

    public static PbxSnapshot WithUsed(this PbxSnapshot pbx, params int[] numbers) => pbx with { UsedNumbers = UsedNumbers.From(numbers) };

    public static PbxSnapshot WithReserved(this PbxSnapshot pbx, params string[] numbers) => pbx with { Settings = pbx.Settings with { ReservedNumbers = numbers } };

    /// <summary>A draft that passes every rule on <see cref="France"/> for a system admin.</summary>
    public static ExtensionDraft ValidDraft() => new()
    {
        Number = "105",
        FirstName = "Justine",
        LastName = "Martin",
        EmailAddress = "justine.martin@acme.fr",
        Mobile = "06 12 34 56 78",
        Department = "support",
        Role = Role.Users,
        Did = FreeDid.Number,
    };
}
