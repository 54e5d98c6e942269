using System.Globalization;
using PbxBot.Application.PbxChanges;
using PbxBot.Csv;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Import;

/// <summary>What a file would create: the rows the rules accept, and the others with their reasons.</summary>
/// <param name="WithoutEmail">Accepted rows with no e-mail address: created without a welcome e-mail.</param>
public sealed record ImportPlan(IReadOnlyList<ImportRow> Rows, IReadOnlyList<RejectedRow> Rejected, int Duplicates, int WithoutEmail);

/// <summary>
/// Validates every row of a file with the one rules service, as the wizard would validate it, against the PBX as it
/// will be once the rows above it are created: a number left empty gets the next free one, and no two rows share a
/// number, an e-mail address or a DID.
/// </summary>
public sealed class ImportPlanner(RulesService rules)
{
    public ImportPlan Plan(ExtensionCsvFile file, PbxSnapshot pbx, Operator actor, DateTimeOffset now, Language language)
    {
        ArgumentNullException.ThrowIfNull(file);
        var accepted = new List<ImportRow>();
        var rejected = new List<RejectedRow>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var dids = new Dictionary<string, int>(StringComparer.Ordinal);
        int duplicates = 0, withoutEmail = 0;
        // Numbers the file names are kept for their rows: a number left empty never takes one a later row asks for.
        var reserved = file.Rows.Aggregate(pbx.UsedNumbers, (used, r) => Parse(r.Number) is { } n ? used.With(n) : used);
        foreach (var row in file.Rows)
        {
            var (draft, readErrors) = ImportRowReader.Read(row, pbx);
            var messages = readErrors.Select(t => t.In(language)).ToList();
            var duplicate = false;
            if (draft.Number is { } number && !FirstSeen(numbers, number, row.Line, out var other))
            {
                messages.Add(ImportTexts.DuplicateNumber.Format(language, number, other));
                duplicate = true;
            }
            if (draft.EmailAddress is { } email && !FirstSeen(emails, email, row.Line, out other))
            {
                messages.Add(ImportTexts.DuplicateEmail.Format(language, email, other));
                duplicate = true;
            }
            if (draft.Did is { } did && !FirstSeen(dids, did, row.Line, out other))
            {
                messages.Add(ImportTexts.DuplicateDid.Format(language, did, other));
                duplicate = true;
            }
            var chosen = false;
            if (messages.Count == 0 && draft.Number is null)
            {
                if (rules.FirstFreeNumber(pbx with { UsedNumbers = reserved }) is { } free)
                {
                    draft = draft with { Number = free };
                    reserved = reserved.With(Parse(free)!.Value);
                    chosen = true;
                }
                else
                {
                    messages.Add(ImportTexts.NoFreeNumber.In(language));
                }
            }
            if (messages.Count == 0)
            {
                var validation = rules.ValidateExtension(draft, pbx, actor, now);
                if (validation is { IsValid: true, Value: { } extension })
                {
                    accepted.Add(new ImportRow(row.Line, draft, chosen));
                    withoutEmail += extension.EmailAddress is null ? 1 : 0;
                    pbx = WithCreated(pbx, extension);
                    continue;
                }
                messages.AddRange(validation.Errors.Select(e => Describe(e, language)));
            }
            duplicates += duplicate ? 1 : 0;
            rejected.Add(new RejectedRow(row, messages, duplicate));
        }
        return new ImportPlan(accepted, rejected, duplicates, withoutEmail);
    }

    /// <summary>« Adresse e-mail : … »: the column the message is about, since a row has many.</summary>
    public static string Describe(FieldError error, Language language) =>
        FieldLabels.Of(error.Field, language) is not { } label ? error.Message.In(language)
        : language == Language.English ? $"{label}: {error.Message.In(language)}" : $"{label} : {error.Message.In(language)}";

    private static bool FirstSeen(Dictionary<string, int> seen, string value, int line, out int firstLine)
    {
        if (seen.TryGetValue(value, out firstLine))
        {
            return false;
        }
        seen[value] = line;
        firstLine = line;
        return true;
    }

    private static int? Parse(string? number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The PBX once <paramref name="extension"/> is created: its number used, its DID taken.</summary>
    private static PbxSnapshot WithCreated(PbxSnapshot pbx, Extension extension)
    {
        var used = Parse(extension.Number) is { } n ? pbx.UsedNumbers.With(n) : pbx.UsedNumbers;
        var dids = extension.Did is { } did
            ? pbx.Dids.Select(d => d.Number == did ? d with { AssignedTo = extension.Number } : d).ToArray()
            : pbx.Dids;
        return pbx with { UsedNumbers = used, Dids = dids };
    }
}
