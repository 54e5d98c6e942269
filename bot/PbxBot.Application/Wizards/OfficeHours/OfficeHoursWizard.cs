using System.Globalization;
using PbxBot.Application.Commands;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;
using DomainOfficeHours = PbxBot.Domain.OfficeHours;

namespace PbxBot.Application.Wizards.OfficeHours;

/// <summary>
/// Seed 001, "Définir les horaires": pick the department (skipped when the command named it: "horaires du
/// support"), edit each day from its current schedule or the common weekday shape — open/closed, hours, lunch
/// break, weekends dropped in one click, time zone — then holidays, a review, and the save.
/// </summary>
public sealed class OfficeHoursWizard : Wizard<OfficeHoursState>
{
    public const string WizardName = "office-hours";
    private const string Department = "department";
    private const string Schedule = "schedule";
    private const string Holidays = "holidays";
    private const string Review = "review";

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;
    private readonly TimeProvider time;

    public OfficeHoursWizard(RulesService rules, PbxRepository repository, PbxChangeQueue changes, PbxChangeCards outcomes, TimeProvider time)
    {
        this.rules = rules;
        this.repository = repository;
        this.changes = changes;
        this.outcomes = outcomes;
        this.time = time;
        Steps =
        [
            new(Department, ShowDepartment, SubmitDepartment),
            new(Schedule, ShowSchedule, SubmitSchedule),
            new(Holidays, ShowHolidays, SubmitHolidays),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => OfficeHoursText.Title;

    public override Text Description => OfficeHoursText.Description;

    public override int HelpOrder => 30;

    public override bool IsAllowed(Operator op) => op.Role is { } r && r >= Role.GroupAdmins;

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, OfficeHoursState state, string? argument)
    {
        var editable = await EditableDepartmentsAsync(context);
        if (editable.Count == 0)
        {
            return new StartRefusal(OfficeHoursText.NoDepartment);
        }
        var named = Match(editable, argument);
        if (named is null && !string.IsNullOrWhiteSpace(argument)
            && Match((await context.SnapshotAsync()).Departments, argument) is { } other)
        {
            // "horaires des ventes" from the support admin: say so, rather than open Support's hours instead.
            return new StartRefusal(OfficeHoursText.NotYours.With(other.Name));
        }
        named ??= editable.Count == 1 ? editable[0] : null;
        if (named is not null)
        {
            await LoadAsync(context, state, named.Key);
        }
        return null;
    }

    protected override string? FirstStep(OfficeHoursState state) => state.DepartmentKey is null ? null : Schedule;

    protected override Text Summarize(OfficeHoursState state) => state.DepartmentName is null
        ? OfficeHoursText.SummaryNoDepartment
        : OfficeHoursText.Summary.With(state.DepartmentName);

    private async Task<AdaptiveCard> ShowDepartment(WizardTurn<OfficeHoursState> t)
    {
        var editable = await EditableDepartmentsAsync(t.Context);
        return OfficeHoursCards.PickDepartment(t.Context.Cards, editable.Select(d => new Choice(d.Name, d.Key)).ToArray(), t.State.DepartmentKey, t.Errors);
    }

    private async Task<StepResult> SubmitDepartment(WizardTurn<OfficeHoursState> t)
    {
        var key = t.Text("department");
        var editable = await EditableDepartmentsAsync(t.Context);
        if (key is null || editable.All(d => d.Key != key))
        {
            t.Errors["department"] = OfficeHoursText.ChooseDepartment.In(t.Language);
            return StepResult.Stay;
        }
        await LoadAsync(t.Context, t.State, key);
        return StepResult.Next;
    }

    private Task<AdaptiveCard> ShowSchedule(WizardTurn<OfficeHoursState> t) =>
        Task.FromResult(OfficeHoursCards.Schedule(t.Context.Cards, t.State.DepartmentName ?? "", Days(t.State), t.State.TimeZoneId, t.Errors));

    private Task<StepResult> SubmitSchedule(WizardTurn<OfficeHoursState> t)
    {
        ReadDays(t);
        switch (t.Verb)
        {
            case "remove-weekends":
                // Seed 001: "supprimer les jours non travaillés comme le week-end", in one click.
                var without = OfficeHoursMapping.ToDays(ToDomain(t).WithoutWeekends());
                t.Errors.Clear();
                t.State.Days = without;
                return Task.FromResult(StepResult.Stay);
            case "weekday-preset":
                t.State.Days = OfficeHoursMapping.ToDays(DomainOfficeHours.CommonWeekdays(t.State.TimeZoneId));
                return Task.FromResult(StepResult.Stay);
        }
        var hours = ToDomain(t);
        if (t.Errors.Count > 0)
        {
            return Task.FromResult(StepResult.Stay);
        }
        var validation = rules.ValidateOfficeHours(hours with { Holidays = [] });
        return Task.FromResult(t.Accept(validation) ? StepResult.Next : StepResult.Stay);
    }

    private Task<AdaptiveCard> ShowHolidays(WizardTurn<OfficeHoursState> t) =>
        Task.FromResult(OfficeHoursCards.Holidays(t.Context.Cards, t.State.DepartmentName ?? "",
            t.State.Holidays.Select(h => new HolidayView(h.Name, h.Start, h.End, h.Recurrent)).ToArray(), t.Errors));

    private Task<StepResult> SubmitHolidays(WizardTurn<OfficeHoursState> t)
    {
        switch (t.Verb)
        {
            case "add-holiday":
                var name = t.Text("holidayName");
                var start = t.Text("holidayStart");
                if (string.IsNullOrWhiteSpace(name))
                {
                    t.Errors["holidayName"] = OfficeHoursText.HolidayNameRequired.In(t.Language);
                    return Task.FromResult(StepResult.Stay);
                }
                if (string.IsNullOrWhiteSpace(start))
                {
                    t.Errors["holidayStart"] = OfficeHoursText.BadDate.In(t.Language);
                    return Task.FromResult(StepResult.Stay);
                }
                t.State.Holidays.Add(new HolidayEntry { Name = name, Start = start, End = t.Text("holidayEnd") ?? start, Recurrent = t.Flag("holidayRecurrent") });
                var added = ValidateAll(t);
                if (!added)
                {
                    // Keep the card honest: a holiday the rules refuse is not added.
                    var index = t.State.Holidays.Count - 1;
                    if (t.Errors.TryGetValue(OfficeHoursFields.Holiday(index), out var message))
                    {
                        t.Errors.Remove(OfficeHoursFields.Holiday(index));
                        t.Errors["holidayStart"] = message;
                    }
                    t.State.Holidays.RemoveAt(index);
                }
                return Task.FromResult(StepResult.Stay);
            case "remove-holiday":
                if (int.TryParse(t.Text("index"), CultureInfo.InvariantCulture, out var i) && i >= 0 && i < t.State.Holidays.Count)
                {
                    t.State.Holidays.RemoveAt(i);
                }
                return Task.FromResult(StepResult.Stay);
        }
        return Task.FromResult(ValidateAll(t) ? StepResult.Next : StepResult.Stay);
    }

    private Task<AdaptiveCard> ShowReview(WizardTurn<OfficeHoursState> t) =>
        Task.FromResult(OfficeHoursCards.Review(t.Context.Cards, t.State.DepartmentName ?? "", Days(t.State), t.State.TimeZoneId,
            t.State.Holidays.Select(h => new HolidayView(h.Name, h.Start, h.End, h.Recurrent)).ToArray()));

    private async Task<StepResult> Confirm(WizardTurn<OfficeHoursState> t)
    {
        var hours = ToDomain(t);
        var validation = rules.ValidateOfficeHours(hours);
        if (t.Errors.Count > 0 || !t.Accept(validation))
        {
            return StepResult.GoTo(t.Errors.Keys.Any(k => k.StartsWith("holiday", StringComparison.Ordinal)) ? Holidays : Schedule);
        }
        var current = await repository.GetDepartmentAsync(t.Context.PbxId, t.State.DepartmentKey!, t.Context.CancellationToken);
        if (current is null)
        {
            await LoadAsync(t.Context, t.State, t.State.DepartmentKey!);
        }
        var target = $"department:{t.State.DepartmentKey}";
        var audit = AuditEntries.For(t.Context.Operator, PbxChangeCards.OfficeHoursSaved, target, current!.Value.OfficeHours, validation.Value, time.GetUtcNow());
        var order = changes.Order(t.Context.Operator, PbxChangeKind.UpdateDepartment, target, PbxChangeCards.OfficeHoursSaved,
            current.Value with { Members = [] }, current.Value with { Members = [], OfficeHours = validation.Value }, t.Context.Origin);
        try
        {
            await repository.SaveOfficeHoursAsync(t.Context.PbxId, t.State.DepartmentKey!, validation.Value!, t.State.DepartmentETag ?? "", audit, t.Context.CancellationToken, order.Commit);
            changes.Committed(order, t.Context.Origin);
        }
        catch (StoreConcurrencyException)
        {
            changes.Abandoned(order);
            await LoadAsync(t.Context, t.State, t.State.DepartmentKey!);
            t.Errors[WizardTurn<OfficeHoursState>.FormField] = OfficeHoursText.ChangedMeanwhile.Format(t.Language, t.State.DepartmentName);
            return StepResult.GoTo(Schedule);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        return StepResult.Finish(await outcomes.RenderAsync(order.Change, t.Context.CancellationToken), OfficeHoursText.Saved.With(t.State.DepartmentName));
    }

    private bool ValidateAll(WizardTurn<OfficeHoursState> t)
    {
        var hours = ToDomain(t);
        return t.Errors.Count == 0 && t.Accept(rules.ValidateOfficeHours(hours));
    }

    private static DomainOfficeHours ToDomain(WizardTurn<OfficeHoursState> t) => OfficeHoursMapping.ToDomain(t.State, t.Language, t.Errors);

    private static void ReadDays(WizardTurn<OfficeHoursState> t)
    {
        foreach (var d in t.State.Days)
        {
            var key = OfficeHoursMapping.Key(d.Day);
            if (!t.Has($"{key}.open"))
            {
                continue;
            }
            d.Open = t.Flag($"{key}.open");
            d.Start = t.Text($"{key}.start");
            d.Stop = t.Text($"{key}.stop");
            d.BreakStart = EmptyToNull(t.Text($"{key}.breakStart"));
            d.BreakStop = EmptyToNull(t.Text($"{key}.breakStop"));
        }
        t.State.TimeZoneId = t.Text("timeZone") ?? t.State.TimeZoneId;

        static string? EmptyToNull(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
    }

    private static DayView[] Days(OfficeHoursState s) =>
        s.Days.Select(d => new DayView(d.Day, OfficeHoursMapping.Key(d.Day), d.Open, d.Start, d.Stop, d.BreakStart, d.BreakStop)).ToArray();

    private async Task LoadAsync(WizardContext context, OfficeHoursState state, string key)
    {
        var department = await repository.GetDepartmentAsync(context.PbxId, key, context.CancellationToken)
            ?? throw new StoreConcurrencyException(DocumentKinds.DepartmentId(key));
        var pbx = await context.SnapshotAsync();
        var hours = department.Value.OfficeHours ?? DomainOfficeHours.CommonWeekdays(pbx.Settings.TimeZoneId);
        state.DepartmentKey = key;
        state.DepartmentName = department.Value.Name;
        state.DepartmentETag = department.ETag;
        state.Days = OfficeHoursMapping.ToDays(hours);
        state.TimeZoneId = hours.TimeZoneId;
        state.Holidays = hours.Holidays.Select(h => new HolidayEntry
        {
            Name = h.Name,
            Start = h.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            End = h.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Recurrent = h.IsRecurrent,
        }).ToList();
    }

    private static async Task<IReadOnlyList<Department>> EditableDepartmentsAsync(WizardContext context) =>
        (await context.SnapshotAsync()).Departments.Where(d => context.Operator.CanEditOfficeHours(d.Key)).OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).ToArray();

    private static Department? Match(IReadOnlyList<Department> departments, string? argument)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            return null;
        }
        var key = DepartmentKey.From(argument);
        var words = TextNormalizer.Normalize(argument);
        return departments.FirstOrDefault(d => d.Key == key)
            ?? departments.FirstOrDefault(d => TextNormalizer.Normalize(d.Name).Contains(words, StringComparison.Ordinal));
    }
}
