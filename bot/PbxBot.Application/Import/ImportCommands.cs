using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Bot;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Application.Downloads;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Csv;
using PbxBot.Domain;

namespace PbxBot.Application.Import;

/// <summary>
/// « importer des extensions »: the columns and a template; a CSV sent in the chat: read, validated row by row and
/// shown as a preview (nothing saved but the preview); Confirm: the job starts in the outbox
/// (<see cref="ImportJobHandler"/>). « exporter les extensions »: the PBX's extensions as a CSV link.
/// </summary>
public sealed class ImportCommands(
    PbxRepository repository,
    ImportJobs jobs,
    ImportPlanner planner,
    DownloadLinks downloads,
    IFileDownloads files,
    IPbxStore store,
    IOutboxSignal outbox,
    CardDeliveryGate gate,
    TimeProvider time,
    ILogger<ImportCommands> logger) : ICommandHandler, ICardActionHandler, IHelpEntrySource
{
    /// <summary>How long a preview may wait for its Confirm.</summary>
    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(24);

    public bool Handles(Intent intent) => intent is Intent.ImportExtensions or Intent.ImportFile or Intent.ExportExtensions;

    public bool Handles(string verb) => verb is ImportCards.VerbConfirm or ImportCards.VerbCancel;

    public IEnumerable<HelpEntryInfo> EntriesFor(IReadOnlyList<Operator> operators)
    {
        if (operators.Any(o => o.CanImportExtensions()))
        {
            yield return new HelpEntryInfo(ImportTexts.Title, ImportTexts.Description, "command", new JsonObject { ["command"] = "importer des extensions" }, 15);
            yield return new HelpEntryInfo(ImportTexts.ExportTitle, ImportTexts.ExportDescription, "command", new JsonObject { ["command"] = "exporter les extensions" }, 16);
        }
    }

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, Command command, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        // One PBX per import: the first the operator may import into (a multi-PBX admin names it by the conversation they use).
        if (operators.FirstOrDefault(o => o.CanImportExtensions()) is not { } actor)
        {
            response.Replies.Add(Reply.Of(ImportTexts.NotAllowed.In(cards.Language)));
            return;
        }
        switch (command.Intent)
        {
            case Intent.ImportExtensions:
                var template = await downloads.CreateAsync(actor.PbxId, DownloadKind.Template, cards.Language, actor.UserId, ct);
                response.Replies.Add(Reply.Of(ImportCards.Intro(cards, ImportColumns.For(cards.Language), CsvLimits.DefaultMaxRows,
                    CsvTexts.Size(CsvLimits.DefaultMaxBytes, cards.Language), template)));
                return;
            case Intent.ExportExtensions:
                await ExportAsync(actor, cards, response, ct);
                return;
            default:
                await PreviewAsync(turn, actor, cards, response, ct);
                return;
        }
    }

    private async Task PreviewAsync(Turn turn, Operator actor, CardContext cards, TurnResponse response, CancellationToken ct)
    {
        var language = cards.Language;
        if (turn.Files.Count != 1)
        {
            response.Replies.Add(Reply.Of(ImportTexts.OneFileOnly.Format(language, turn.Files.Count)));
            return;
        }
        var file = turn.Files[0];
        ExtensionCsvReadResult read;
        try
        {
            await using var content = await files.OpenAsync(file, ct);
            read = await ExtensionCsvReader.ReadAsync(content, CsvLimits.Default, ct);
        }
        catch (FileUnavailableException e)
        {
            response.Replies.Add(Reply.Of(ImportTexts.FileUnavailable.Format(language, file.Name, e.Message)));
            return;
        }
        if (!read.Succeeded)
        {
            response.Replies.Add(Reply.Of(ImportTexts.FileRefused.Format(language, file.Name, CsvTexts.Describe(read.Error, language))));
            return;
        }
        var now = time.GetUtcNow();
        var snapshot = await repository.LoadSnapshotAsync(actor.PbxId, ct);
        var plan = planner.Plan(read.File, snapshot, actor, now, language);
        var job = new ImportJob
        {
            Id = Guid.NewGuid().ToString("N"),
            PbxId = actor.PbxId,
            FileName = file.Name,
            Language = language,
            CreatedAt = now,
            RequestedBy = turn.User with { Name = actor.DisplayName },
            Total = plan.Rows.Count,
            Rejected = plan.Rejected.Count,
            Duplicates = plan.Duplicates,
        };
        await jobs.CreateAsync(job, plan.Rows, new ImportRejects(read.File.Format, read.File.Delimiter, plan.Rejected), ct);
        var report = plan.Rejected.Count == 0 ? null
            : await downloads.CreateAsync(actor.PbxId, DownloadKind.ErrorReport, language, actor.UserId, ct, jobId: job.Id);
        logger.LogInformation("Import {Job} of {File} previewed on {Pbx}: {ToCreate} to create, {Rejected} refused", job.Id, file.Name, actor.PbxId, plan.Rows.Count, plan.Rejected.Count);
        var departments = snapshot.Departments.ToDictionary(d => d.Key, d => d.Name, StringComparer.OrdinalIgnoreCase);
        var view = new ImportPreviewView(
            job.Id,
            job.PbxId,
            file.Name,
            plan.Rows.Count,
            plan.Rejected.Count,
            plan.Duplicates,
            plan.WithoutEmail,
            plan.Rejected.Take(ImportCards.RowsShown).Select(r => new ImportRowView(r.Row.Line, r.Row.Number, $"{r.Row.FirstName} {r.Row.LastName}".Trim(), r.Messages)).ToArray(),
            plan.Rows.Take(ImportCards.RowsShown).Select(r => new ImportRowView(r.Line, r.Draft.Number,
                $"{r.Draft.FirstName} {r.Draft.LastName} · {(r.Draft.Department is { } d && departments.TryGetValue(d, out var n) ? n : r.Draft.Department ?? "")}".Trim(' ', '·'), [])).ToArray(),
            report);
        if (plan.Rows.Count == 0)
        {
            response.Replies.Add(Reply.Of(ImportTexts.NothingToCreate.In(language)));
        }
        response.Replies.Add(Reply.Of(ImportCards.Preview(cards, view)));
    }

    private async Task ExportAsync(Operator actor, CardContext cards, TurnResponse response, CancellationToken ct)
    {
        IReadOnlyList<string>? departments = actor.Role is { } role && role.IsSystemRole() ? null : actor.Grant.Departments;
        var all = await store.QueryAsync<Extension>(actor.PbxId, new DocumentQuery(DocumentKinds.Extension) { Max = DownloadLinks.MaxExported }, ct);
        var count = departments is null ? all.Count : all.Count(e => departments.Contains(e.Value.Department, StringComparer.OrdinalIgnoreCase));
        var link = await downloads.CreateAsync(actor.PbxId, DownloadKind.Export, cards.Language, actor.UserId, ct, departments: departments);
        response.Replies.Add(Reply.Of(ImportCards.Export(cards, count, link)));
    }

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, string verb, JsonObject data, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        var pbxId = CardData.Text(data, ImportCards.KeyPbx);
        var jobId = CardData.Text(data, ImportCards.KeyJob);
        var stored = pbxId is null || jobId is null ? null : await jobs.GetAsync(pbxId, jobId, ct);
        if (stored is null || stored.Value.Status == ImportStatus.Cancelled
            || stored.Value.Status == ImportStatus.Previewed && stored.Value.CreatedAt + PreviewLifetime < time.GetUtcNow())
        {
            response.ReplaceCard = Notice(cards, NoticeTone.Error, ImportTexts.JobGone);
            return;
        }
        var job = stored.Value;
        if (job.RequestedBy.Id != turn.User.Id)
        {
            // Only who prepared the import settles it: a forwarded or replayed card does nothing for anyone else.
            response.Replies.Add(Reply.Of(ImportTexts.NotYourJob.Format(cards.Language, job.RequestedBy.Name)));
            return;
        }
        if (job.Status != ImportStatus.Previewed)
        {
            response.ReplaceCard = ImportJobHandler.ProgressCard(cards, job);
            return;
        }
        if (verb == ImportCards.VerbCancel)
        {
            await jobs.UpdateAsync(job with { Status = ImportStatus.Cancelled }, stored.ETag, [], ct);
            response.ReplaceCard = Notice(cards, NoticeTone.Info, ImportTexts.Cancelled);
            return;
        }
        if (!operators.Any(o => o.PbxId == job.PbxId && o.CanImportExtensions()))
        {
            response.ReplaceCard = Notice(cards, NoticeTone.Error, ImportTexts.NotAllowed);
            return;
        }
        var running = job with
        {
            Status = ImportStatus.Running,
            Conversation = turn.Conversation,
            CardMessageId = turn.CardMessageId,
            UniversalActions = turn.SupportsUniversalActions,
        };
        var now = time.GetUtcNow();
        gate.Hold(ImportJobHandler.GateKey(job.Id));
        try
        {
            await jobs.UpdateAsync(running, stored.ETag, [OutboxDocument.Enqueue(ImportJobHandler.StepMessage(running, now))], ct);
        }
        catch (StoreConcurrencyException)
        {
            // A double press: the other one started it.
            gate.Release(ImportJobHandler.GateKey(job.Id));
            response.Replies.Add(Reply.Of(ImportTexts.AlreadyStarted.In(cards.Language)));
            return;
        }
        catch
        {
            gate.Release(ImportJobHandler.GateKey(job.Id));
            throw;
        }
        response.ReplaceCard = ImportJobHandler.ProgressCard(cards, running);
        // The job's first update must not be overwritten by this turn's own card, delivered after it.
        response.AfterDelivery.Add(() => gate.Release(ImportJobHandler.GateKey(job.Id)));
        outbox.Notify();
    }

    private static AdaptiveCard Notice(CardContext cards, NoticeTone tone, Text text) =>
        NoticeCard.Build(cards, tone, cards.Say(ImportTexts.Title), cards.Say(text));
}
