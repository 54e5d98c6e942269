using System.Text.Json;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.OfficeHours;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.PbxChanges;

/// <summary>
/// Draws the card that tells a change's outcome, from the change alone (and the store's names), so that the wizard's
/// answer to Confirm and every later refresh by the outbox are the very same card in different states.
/// </summary>
public sealed class PbxChangeCards(PbxRepository repository, IPhoneSystems phoneSystems)
{
    public const string ExtensionCreated = "extension.created";
    public const string DepartmentCreated = "department.created";
    public const string OfficeHoursSaved = "officehours.saved";
    public const string PrimaryDepartmentSet = "extension.primary_department";
    public const string EmailCorrected = "extension.email_corrected";
    public const string ExtensionUpdated = "extension.updated";
    public const string ExtensionDeleted = "extension.deleted";
    public const string DepartmentUpdated = "department.updated";
    public const string DepartmentDeleted = "department.deleted";

    private static readonly Text EmailOf = new("Adresse e-mail de {0}", "E-mail address of {0}");
    private static readonly Text EmailCorrectedTitle = new("Adresse e-mail de {0} corrigée", "E-mail address of {0} corrected");
    private static readonly Text EmailCorrectedText = new("Le PBX a maintenant {0} : l'e-mail de bienvenue y part.", "The PBX now has {0}: the welcome e-mail goes there.");
    private static readonly Text EmailFact = new("Adresse e-mail", "E-mail address");

    public async Task<AdaptiveCard> RenderAsync(PbxChange change, CancellationToken ct)
    {
        var cards = new CardContext(change.Language, change.UniversalActions);
        var pbx = StatusOf(change);
        switch (change.Action)
        {
            case ExtensionCreated when Read<Extension>(change.After) is { } e:
                var department = await DepartmentNameAsync(change.PbxId, e.Department, ct);
                return ExtensionCards.Created(cards, e.Number, e.DisplayName, department, e.Did, e.EmailAddress, e.Role, pbx);
            case DepartmentCreated when Read<Department>(change.After) is { } d:
                return DepartmentCards.Created(cards, await DepartmentValuesAsync(change.PbxId, d, ct), pbx);
            case OfficeHoursSaved when Read<Department>(change.After) is { OfficeHours: { } hours } d:
                var days = OfficeHoursMapping.ToDays(hours).Select(x => new DayView(x.Day, OfficeHoursMapping.Key(x.Day), x.Open, x.Start, x.Stop, x.BreakStart, x.BreakStop)).ToArray();
                var holidays = hours.Holidays.Select(h => new HolidayView(h.Name, Iso(h.Start), Iso(h.End), h.IsRecurrent)).ToArray();
                return OfficeHoursCards.Saved(cards, d.Name, days, hours.TimeZoneId, holidays, pbx);
            case PrimaryDepartmentSet when Read<Extension>(change.Before) is { } was && Read<Extension>(change.After) is { } moved:
                return PrimaryDepartmentCards.Saved(cards, moved.Number, moved.DisplayName, await DepartmentNameAsync(change.PbxId, was.Department, ct),
                    await DepartmentNameAsync(change.PbxId, moved.Department, ct), moved.Role, pbx);
            case ExtensionUpdated when Read<Extension>(change.Before) is { } was && Read<Extension>(change.After) is { } now:
                var departments = await repository.ListDepartmentsAsync(change.PbxId, ct);
                return ExtensionChangeCards.Updated(cards, now.Number, now.DisplayName, ExtensionDiff.Of(was, now, departments, change.Language), pbx);
            case ExtensionDeleted when Read<Extension>(change.Before) is { } gone:
                return ExtensionChangeCards.Deleted(cards, gone.Number, gone.DisplayName, pbx);
            case DepartmentUpdated when Read<Department>(change.Before) is { } was && Read<Department>(change.After) is { } now:
                var names = await MemberNamesAsync(change.PbxId, was, now, ct);
                return DepartmentChangeCards.Updated(cards, now.Name, DepartmentDiff.Of(was, now, n => names.GetValueOrDefault(n, ""), change.Language), pbx);
            case DepartmentDeleted when Read<Department>(change.Before) is { } gone:
                return DepartmentChangeCards.Deleted(cards, gone.Name, pbx);
            case EmailCorrected when Read<Extension>(change.After) is { } e:
                return PbxChangeCard.Build(cards, cards.Say(EmailOf, e.Number), cards.Say(EmailCorrectedTitle, e.Number), cards.Say(EmailCorrectedText, e.EmailAddress ?? ""),
                    [(cards.Say(EmailFact), e.EmailAddress)], pbx);
            default:
                return PbxChangeCard.Build(cards, change.Target, change.Target, change.Action, [], pbx);
        }
    }

    /// <summary>The change's state as its card shows it.</summary>
    public PbxStatusView StatusOf(PbxChange change) => new(StateOf(change.Status), change.Id, phoneSystems.For(change.PbxId).IsDemo)
    {
        At = change.DoneAt,
        Reason = change.Reason,
        FieldLabel = FieldLabels.Of(change.RefusalField, change.Language),
    };

    public static PbxApplyState StateOf(PbxChangeStatus status) => status switch
    {
        PbxChangeStatus.Pending => PbxApplyState.Sending,
        PbxChangeStatus.Applied => PbxApplyState.Applied,
        PbxChangeStatus.Refused => PbxApplyState.Refused,
        PbxChangeStatus.Unreachable => PbxApplyState.Unreachable,
        _ => PbxApplyState.Discarded,
    };

    public static T? Read<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, StoreJson.Options);

    private async Task<string> DepartmentNameAsync(string pbxId, string key, CancellationToken ct) =>
        (await repository.ListDepartmentsAsync(pbxId, ct)).FirstOrDefault(d => d.Key == key)?.Name ?? key;

    /// <summary>The names of the members who join, leave or change role between two states of a department.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MemberNamesAsync(string pbxId, Department before, Department after, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var number in before.Members.Concat(after.Members).Except(before.Members.Intersect(after.Members)).Select(m => m.Number).Distinct(StringComparer.Ordinal))
        {
            if (await repository.GetExtensionAsync(pbxId, number, ct) is { } e)
            {
                names[number] = e.Value.DisplayName;
            }
        }
        return names;
    }

    private async Task<DepartmentFormValues> DepartmentValuesAsync(string pbxId, Department d, CancellationToken ct)
    {
        var members = new List<MemberView>();
        foreach (var m in d.Members)
        {
            var name = (await repository.GetExtensionAsync(pbxId, m.Number, ct))?.Value.DisplayName ?? m.Number;
            members.Add(new MemberView(m.Number, name, m.Role.RoleName()));
        }
        return new DepartmentFormValues(d.Name, d.Language, d.GloballyVisible, d.TranscriptionMode.ToString(), members, null, []);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
