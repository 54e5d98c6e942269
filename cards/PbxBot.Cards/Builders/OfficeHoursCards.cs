using System.Globalization;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Cards.Builders;

/// <summary>One weekday as the schedule card shows it ("HH:mm" times, as typed).</summary>
public sealed record DayView(DayOfWeek Day, string Key, bool Open, string? Start, string? Stop, string? BreakStart, string? BreakStop);

/// <summary>A holiday as typed ("yyyy-MM-dd").</summary>
public sealed record HolidayView(string Name, string Start, string End, bool Recurrent);

/// <summary>Seed 001, "Définir les horaires": the department, the week (open days, hours, lunch break), holidays, review.</summary>
public static class OfficeHoursCards
{
    private static readonly Text Title = new("Horaires de bureau", "Office hours");
    private static readonly Text PickStep = new("Étape 1/4 — quel département ?", "Step 1/4 — which department?");
    private static readonly Text ScheduleStep = new("Étape 2/4 — jours ouvrés, heures et pause déjeuner", "Step 2/4 — working days, hours and lunch break");
    private static readonly Text HolidaysStep = new("Étape 3/4 — jours fériés et fermetures (facultatif)", "Step 3/4 — holidays and closures (optional)");
    private static readonly Text ReviewStep = new("Étape 4/4 — vérifiez puis confirmez", "Step 4/4 — check, then confirm");
    private static readonly Text DepartmentLabel = new("Département", "Department");
    private static readonly Text DepartmentRequired = new("Choisissez un département.", "Choose a department.");
    private static readonly Text OpenLabel = new("Ouvert", "Open");
    private static readonly Text StartLabel = new("{0} : ouverture", "{0}: opens");
    private static readonly Text StopLabel = new("{0} : fermeture", "{0}: closes");
    private static readonly Text BreakStartLabel = new("{0} : début de pause", "{0}: break starts");
    private static readonly Text BreakStopLabel = new("{0} : fin de pause", "{0}: break ends");
    private static readonly Text BreakHint = new("Laissez la pause vide s'il n'y en a pas.", "Leave the break empty if there is none.");
    private static readonly Text RemoveWeekends = new("Supprimer le week-end", "Remove the weekend");
    private static readonly Text WeekdayPreset = new("Lun–ven 9:00–12:30, 14:00–18:00", "Mon–Fri 9:00–12:30, 14:00–18:00");
    private static readonly Text TimeZoneLabel = new("Fuseau horaire", "Time zone");
    private static readonly Text HolidayName = new("Nom (ex. Noël)", "Name (e.g. Christmas)");
    private static readonly Text HolidayStart = new("Du", "From");
    private static readonly Text HolidayEnd = new("Au (facultatif)", "To (optional)");
    private static readonly Text HolidayRecurrent = new("Tous les ans", "Every year");
    private static readonly Text HolidayAdd = new("Ajouter", "Add");
    private static readonly Text HolidayRemove = new("Retirer", "Remove");
    private static readonly Text NoHoliday = new("Aucun jour férié.", "No holiday.");
    private static readonly Text Closed = new("fermé", "closed");
    private static readonly Text BreakFact = new("pause {0}–{1}", "break {0}–{1}");
    private static readonly Text Yearly = new("chaque année", "every year");
    private static readonly Text HolidaysFact = new("Jours fériés", "Holidays");
    private static readonly Text SavedTitle = new("Horaires de « {0} » enregistrés", "Office hours of “{0}” saved");
    private static readonly Text Subject = new("Horaires de « {0} »", "Office hours of “{0}”");
    private static readonly Text SavedText = new(
        "Ils s'appliquent aux utilisateurs dont c'est le département principal.",
        "They apply to users whose primary department this is.");

    /// <summary>Common IANA time zones of the users (French resellers and their neighbours).</summary>
    public static readonly IReadOnlyList<string> TimeZones =
        ["Europe/Paris", "Europe/Brussels", "Europe/Zurich", "Europe/Luxembourg", "Europe/London", "Europe/Berlin", "Europe/Madrid", "Europe/Rome",
         "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Martinique", "Indian/Reunion", "UTC"];

    public static AdaptiveCard PickDepartment(CardContext context, IReadOnlyList<Choice> departments, string? selected, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Say(Title);
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(PickStep)),
            CardForm.Field(new ChoiceSetInput("department")
            {
                Label = context.Say(DepartmentLabel),
                Choices = departments,
                Value = selected ?? (departments.Count > 0 ? departments[0].Value : null),
                IsRequired = true,
                ErrorMessage = context.Say(DepartmentRequired),
                Style = ChoiceInputStyle.Compact,
            }, errors),
            new ButtonRow { ShowBack = false }.For(context),
        ]);
    }

    public static AdaptiveCard Schedule(CardContext context, string department, IReadOnlyList<DayView> days, string timeZoneId, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = $"{context.Say(Title)} — {department}";
        List<CardElement> body =
        [
            CardLayout.Header(title, context.Say(ScheduleStep)),
            .. WizardCardParts.FormErrors(errors),
            .. WizardCardParts.RowError(errors, "hours"),
            CardActions.Row(context,
            [
                new CardButton(context.Say(RemoveWeekends), "remove-weekends"),
                new CardButton(context.Say(WeekdayPreset), "weekday-preset") { SubmitsInputs = false },
            ]),
            CardForm.Hint(context.Say(BreakHint)),
        ];
        foreach (var d in days)
        {
            body.Add(DayRow(context, d, errors));
        }
        body.Add(CardForm.Field(new ChoiceSetInput("timeZone")
        {
            Label = context.Say(TimeZoneLabel),
            Choices = TimeZones.Concat(TimeZones.Contains(timeZoneId) ? [] : [timeZoneId]).Select(z => new Choice(z, z)).ToArray(),
            Value = timeZoneId,
            Style = ChoiceInputStyle.Compact,
        }, errors));
        body.Add(new ButtonRow().For(context));
        return context.Card(title, body);
    }

    public static AdaptiveCard Holidays(CardContext context, string department, IReadOnlyList<HolidayView> holidays, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = $"{context.Say(Title)} — {department}";
        List<CardElement> body = [CardLayout.Header(title, context.Say(HolidaysStep)), .. WizardCardParts.FormErrors(errors)];
        if (holidays.Count == 0)
        {
            body.Add(new TextBlock(context.Say(NoHoliday)) { IsSubtle = true, Wrap = true });
        }
        for (var i = 0; i < holidays.Count; i++)
        {
            var h = holidays[i];
            body.Add(new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Center, Items = [new TextBlock(Describe(context, h)) { Wrap = true }] },
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        Items = [CardActions.Row(context, [new CardButton(context.Say(HolidayRemove), "remove-holiday") { Data = new() { ["index"] = i.ToString(CultureInfo.InvariantCulture) }, SubmitsInputs = false }])],
                    },
                ],
            });
            body.AddRange(WizardCardParts.RowError(errors, $"holiday.{i}"));
        }
        body.Add(CardLayout.SectionHeader(context.Say(HolidayAdd)));
        body.Add(CardForm.Field(new TextInput("holidayName") { Label = context.Say(HolidayName), MaxLength = 64 }, errors));
        body.Add(new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Stretch, Items = [CardForm.Field(new DateInput("holidayStart") { Label = context.Say(HolidayStart) }, errors)] },
                new Column { Width = ColumnWidth.Stretch, Items = [CardForm.Field(new DateInput("holidayEnd") { Label = context.Say(HolidayEnd) }, errors)] },
            ],
        });
        body.Add(CardForm.Field(new ToggleInput("holidayRecurrent", context.Say(HolidayRecurrent)) { Label = context.Say(HolidayRecurrent), Value = ToggleInput.Off }, errors));
        body.Add(CardActions.Row(context, [new CardButton(context.Say(HolidayAdd), "add-holiday")]));
        body.Add(new ButtonRow().For(context));
        return context.Card(title, body);
    }

    public static AdaptiveCard Review(CardContext context, string department, IReadOnlyList<DayView> days, string timeZoneId, IReadOnlyList<HolidayView> holidays)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = $"{context.Say(Title)} — {department}";
        return context.Card(title,
        [
            CardLayout.Header(title, context.Say(ReviewStep)),
            CardLayout.Review(context, Facts(context, days, timeZoneId, holidays)),
            new ButtonRow { IsReview = true }.For(context),
        ]);
    }

    /// <summary>The answer to Confirm, updated in place as the PBX takes the new hours.</summary>
    public static AdaptiveCard Saved(CardContext context, string department, IReadOnlyList<DayView> days, string timeZoneId, IReadOnlyList<HolidayView> holidays,
        PbxStatusView pbx)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PbxChangeCard.Build(context, context.Say(Subject, department), context.Say(SavedTitle, department), context.Say(SavedText),
            Facts(context, days, timeZoneId, holidays), pbx);
    }

    private static ColumnSet DayRow(CardContext context, DayView d, IReadOnlyDictionary<string, string> errors)
    {
        var day = DayName(context, d.Day);
        // Weighted like the day column: mixing "stretch" with weights lets the renderer give the day most of the row
        // and squeeze the four times unreadable (seen in Web Chat).
        Column Cell(InputElement input) => new() { Width = ColumnWidth.Weighted(1), Items = [CardForm.Field(input, errors)] };
        var row = new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column
                {
                    Width = ColumnWidth.Weighted(1.3),
                    Items = [CardForm.Field(new ToggleInput($"{d.Key}.open", context.Say(OpenLabel)) { Label = day, Value = ToggleInput.ValueOf(d.Open) }, errors)],
                },
                Cell(new TimeInput($"{d.Key}.start") { Label = context.Say(StartLabel, day), Value = Parse(d.Start) }),
                Cell(new TimeInput($"{d.Key}.stop") { Label = context.Say(StopLabel, day), Value = Parse(d.Stop) }),
                Cell(new TimeInput($"{d.Key}.breakStart") { Label = context.Say(BreakStartLabel, day), Value = Parse(d.BreakStart) }),
                Cell(new TimeInput($"{d.Key}.breakStop") { Label = context.Say(BreakStopLabel, day), Value = Parse(d.BreakStop) }),
            ],
        };
        var dayErrors = WizardCardParts.RowError(errors, $"hours.{d.Key}").Concat(WizardCardParts.RowError(errors, $"break.{d.Key}")).ToArray();
        return dayErrors.Length == 0 ? row : row with { Columns = [.. row.Columns, new Column { Width = ColumnWidth.Weighted(1.5), Items = dayErrors }] };
    }

    private static List<(string, string?)> Facts(CardContext context, IReadOnlyList<DayView> days, string timeZoneId, IReadOnlyList<HolidayView> holidays)
    {
        var facts = days.Select(d => (DayName(context, d.Day), (string?)(d.Open
            ? $"{d.Start}–{d.Stop}{(d.BreakStart is null ? "" : ", " + context.Say(BreakFact, d.BreakStart, d.BreakStop ?? ""))}"
            : context.Say(Closed)))).ToList();
        facts.Add((context.Say(TimeZoneLabel), timeZoneId));
        facts.Add((context.Say(HolidaysFact), holidays.Count == 0 ? null : string.Join("; ", holidays.Select(h => Describe(context, h)))));
        return facts;
    }

    private static string Describe(CardContext context, HolidayView h) =>
        $"{h.Name} : {h.Start}{(h.End != h.Start && !string.IsNullOrWhiteSpace(h.End) ? " → " + h.End : "")}{(h.Recurrent ? $" ({context.Say(Yearly)})" : "")}";

    private static string DayName(CardContext context, DayOfWeek day) =>
        CultureInfo.GetCultureInfo(context.Language == Language.English ? "en-US" : "fr-FR").DateTimeFormat.GetDayName(day) is var name
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : day.ToString();

    private static TimeOnly? Parse(string? hhmm) =>
        TimeOnly.TryParseExact(hhmm, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
