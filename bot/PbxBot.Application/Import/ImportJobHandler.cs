using Microsoft.Extensions.Logging;
using PbxBot.Application.Access;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;

namespace PbxBot.Application.Import;

/// <summary>
/// Creates a confirmed import's rows, <see cref="BatchSize"/> per outbox message, each through the one creation path
/// (<see cref="ExtensionCreation"/>: rules, store, PBX queue, welcome e-mail, audit). Each row's commit also moves the
/// job's <see cref="ImportJob.Next"/> under its ETag, so a crash, a restart or a second worker resumes exactly after
/// the last created row: never a row twice, never one lost. The progress card is updated after every batch.
/// </summary>
public sealed class ImportJobHandler(
    ImportJobs jobs,
    ExtensionCreation creation,
    OperatorDirectory operators,
    IProactiveMessenger messenger,
    CardDeliveryGate gate,
    TimeProvider time,
    ILogger<ImportJobHandler> logger) : IOutboxHandler
{
    /// <summary>Rows per outbox message: a few seconds of work, far inside the outbox's lease.</summary>
    public const int BatchSize = 25;

    public OutboxKind Kind => OutboxKind.ExtensionImport;

    public static string GateKey(string jobId) => $"import-{jobId}";

    public static OutboxMessage StepMessage(ImportJob job, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        PbxId = job.PbxId,
        Kind = OutboxKind.ExtensionImport,
        Payload = job.Id,
        DueAtMs = now.ToUnixTimeMilliseconds(),
        CreatedAt = now,
        Subject = $"import:{job.Id}",
        NotifyOnFailure = job.Conversation,
    };

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var stored = await jobs.GetAsync(message.PbxId, message.Payload, cancellationToken);
        if (stored is null || stored.Value.Status is not ImportStatus.Running)
        {
            return;
        }
        await gate.WaitAsync(GateKey(stored.Value.Id), TimeSpan.FromSeconds(10), cancellationToken);
        var actor = await ActorAsync(stored.Value, cancellationToken);
        if (actor is null)
        {
            var stopped = stored.Value with
            {
                Next = stored.Value.Total,
                Refused = [.. stored.Value.Refused, new ImportRefusal(0, null, ImportTexts.RightsLost.Format(stored.Value.Language, stored.Value.RequestedBy.Name))],
            };
            await FinishAsync(stored with { Value = stopped }, cancellationToken);
            return;
        }
        ImportRowChunk? chunk = null;
        var chunkIndex = -1;
        for (var done = 0; done < BatchSize && !stored.Value.IsFinished; done++)
        {
            var job = stored.Value;
            if (job.Next / job.ChunkSize != chunkIndex)
            {
                chunkIndex = job.Next / job.ChunkSize;
                chunk = await jobs.GetChunkAsync(job.PbxId, job.Id, chunkIndex, cancellationToken);
            }
            var row = chunk!.Rows[job.Next % job.ChunkSize];
            try
            {
                stored = await CreateRowAsync(stored, row, actor, cancellationToken);
            }
            catch (StoreConcurrencyException e) when (e.DocumentId == DocumentKinds.ImportId(job.Id))
            {
                // Another worker moved the job (a duplicate message after a lost lease): it carries on; this one stops.
                logger.LogInformation("Import {Job} moved on elsewhere from row {Next}", job.Id, job.Next);
                return;
            }
        }
        if (stored.Value.IsFinished)
        {
            await FinishAsync(stored, cancellationToken);
            return;
        }
        // The next batch, chained in a commit of its own; if this process dies first, this message is retried.
        // The job's header is written back unchanged under its ETag: of two workers on one job, only one chains the next batch.
        await jobs.UpdateAsync(stored.Value, stored.ETag, [OutboxDocument.Enqueue(StepMessage(stored.Value, time.GetUtcNow()))], cancellationToken);
        await ShowAsync(stored.Value, cancellationToken);
    }

    /// <summary>The job could not go on (the store was unreachable for all the outbox's attempts): where it stopped and what to do.</summary>
    public async Task<string?> DescribeFailureAsync(OutboxMessage failed, CancellationToken cancellationToken)
    {
        var job = (await jobs.GetAsync(failed.PbxId, failed.Payload, cancellationToken))?.Value;
        return job is null ? null : ImportTexts.Interrupted.Format(job.Language, job.FileName, job.Created, job.Total, failed.LastError?.TrimEnd('.') ?? "?");
    }

    private async Task<Stored<ImportJob>> CreateRowAsync(Stored<ImportJob> stored, ImportRow row, Operator actor, CancellationToken ct)
    {
        var job = stored.Value;
        var draft = row.Draft;
        for (var attempt = 0; ; attempt++)
        {
            var advanced = job with { Next = job.Next + 1, Created = job.Created + 1 };
            var result = await creation.CreateAsync(draft, actor, origin: null, alsoCommit: _ => [ImportJobs.Replace(advanced, stored.ETag)], ct);
            string? refusal = null;
            switch (result)
            {
                case CreationResult.Created:
                    return await ReloadAsync(job, ct);
                case CreationResult.NumberTaken taken when row.NumberChosen && taken.NextFree is { } next && attempt < 3:
                    // A number the bot picked was taken since the preview: pick the next free one, as the preview would.
                    draft = draft with { Number = next };
                    continue;
                case CreationResult.Invalid { Validation: var v, NextFreeNumber: { } free } when row.NumberChosen && v.HasError(Domain.Rules.ErrorCodes.NumberUsed) && attempt < 3:
                    draft = draft with { Number = free };
                    continue;
                case CreationResult.Invalid invalid:
                    refusal = string.Join(" ", invalid.Validation.Errors.Select(e => ImportPlanner.Describe(e, job.Language)));
                    break;
                case CreationResult.NumberTaken taken:
                    refusal = ImportTexts.TakenSince.Format(job.Language, taken.Number);
                    break;
                case CreationResult.DidTaken did:
                    refusal = ImportTexts.DidTakenSince.Format(job.Language, did.Did);
                    break;
            }
            var refused = job with { Next = job.Next + 1, Refused = [.. job.Refused, new ImportRefusal(row.Line, draft.Number, refusal ?? "?")] };
            var etags = await jobs.UpdateAsync(refused, stored.ETag, [], ct);
            return new Stored<ImportJob>(refused, etags[DocumentKinds.ImportId(job.Id)]);
        }
    }

    private async Task<Stored<ImportJob>> ReloadAsync(ImportJob job, CancellationToken ct) =>
        await jobs.GetAsync(job.PbxId, job.Id, ct) ?? throw new StoreConcurrencyException(DocumentKinds.ImportId(job.Id));

    /// <summary>The job's own audit entry and its final state in one commit; then the summary card.</summary>
    private async Task FinishAsync(Stored<ImportJob> stored, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var done = stored.Value with { Status = ImportStatus.Done, CompletedAt = now };
        var audit = AuditEntries.For(done.PbxId, done.RequestedBy.Id, done.RequestedBy.Name ?? done.RequestedBy.Id, "import.completed", $"import:{done.Id}",
            null, new { done.FileName, done.Total, done.Created, Refused = done.Refused.Count, done.Rejected }, now);
        await jobs.UpdateAsync(done, stored.ETag, [PbxRepository.AuditChange(audit)], ct);
        logger.LogInformation("Import {Job} finished on {Pbx}: {Created} of {Total} created", done.Id, done.PbxId, done.Created, done.Total);
        await ShowAsync(done, ct);
    }

    private async Task<Operator?> ActorAsync(ImportJob job, CancellationToken ct)
    {
        var all = await operators.ForUserAsync(job.RequestedBy, ct);
        return all.FirstOrDefault(o => o.PbxId == job.PbxId && o.CanImportExtensions());
    }

    /// <summary>The progress card, updated in place (a new message when the card's id is not known); a lost update only delays the next.</summary>
    private async Task ShowAsync(ImportJob job, CancellationToken ct)
    {
        if (job.Conversation is not { } conversation)
        {
            return;
        }
        var card = ProgressCard(new CardContext(job.Language, job.UniversalActions), job);
        try
        {
            if (job.CardMessageId is { } id)
            {
                await messenger.UpdateAsync(conversation, id, Reply.Of(card), ct);
            }
            else if (job.Status == ImportStatus.Done)
            {
                await messenger.SendAsync(conversation, Reply.Of(card), ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not show the progress of import {Job}", job.Id);
        }
    }

    public static AdaptiveCard ProgressCard(CardContext cards, ImportJob job) =>
        ImportCards.Progress(cards, new ImportProgressView(
            job.FileName,
            job.Created,
            job.Total,
            job.Refused.Select(r => new ImportRowView(r.Line, r.Number, "", [r.Message])).ToArray(),
            job.Status == ImportStatus.Done));
}
