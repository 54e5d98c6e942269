using PbxBot.Application.Bot;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Application.Sync;

/// <summary>
/// « synchroniser » / "sync" (system admins of a connected PBX): refresh the store's copy from the PBX now; and « état du
/// PBX » / "pbx status": for each PBX the operator may see, whether it is connected, when it was last synced, and the
/// changes pending or refused — with Retry and Discard on those that wait for someone.
/// </summary>
public sealed class PbxCommands(IPbxStore store, PbxRepository repository, PbxSync sync, IPhoneSystems phoneSystems, IOutboxSignal outbox, TimeProvider time)
    : ICommandHandler, IHelpEntrySource
{
    private static readonly Text StatusTitle = new("État du PBX", "PBX status");
    private static readonly Text StatusDescription = new(
        "Connexion au 3CX, dernière synchronisation, modifications en cours ou refusées.",
        "Connection to the 3CX, last sync, changes pending or refused.");

    public bool Handles(Intent intent) => intent is Intent.SyncPbx or Intent.PbxStatus;

    public IEnumerable<HelpEntryInfo> EntriesFor(IReadOnlyList<Operator> operators)
    {
        if (operators.Any(o => o.Role is not null))
        {
            yield return new HelpEntryInfo(StatusTitle, StatusDescription, "command", new System.Text.Json.Nodes.JsonObject { ["command"] = "état du PBX" }, 90);
        }
    }

    public Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, Command command, TurnResponse response, CancellationToken ct) =>
        command.Intent == Intent.SyncPbx ? SyncAsync(turn, operators, response, ct) : StatusAsync(turn, operators, response, ct);

    private async Task SyncAsync(Turn turn, IReadOnlyList<Operator> operators, TurnResponse response, CancellationToken ct)
    {
        var language = Languages.FromLocale(turn.Locale);
        var connected = phoneSystems.Connected.Select(p => p.PbxId).ToHashSet(StringComparer.Ordinal);
        if (connected.Count == 0)
        {
            response.Replies.Add(Reply.Of(PbxSyncTexts.NothingConnected.In(language)));
            return;
        }
        var admins = operators.Where(o => connected.Contains(o.PbxId) && o.Role is { } r && r.IsSystemRole()).ToArray();
        if (admins.Length == 0)
        {
            response.Replies.Add(Reply.Of(PbxSyncTexts.NotAllowed.In(language)));
            return;
        }
        var now = time.GetUtcNow();
        foreach (var admin in admins)
        {
            var message = new OutboxMessage
            {
                Id = Guid.NewGuid().ToString("N"),
                PbxId = admin.PbxId,
                Kind = OutboxKind.PbxSync,
                Payload = new PbxSyncOrder(admin.PbxId, language).ToJson(),
                DueAtMs = now.ToUnixTimeMilliseconds(),
                CreatedAt = now,
                Subject = $"pbx:{admin.PbxId}",
                NotifyOnFailure = turn.Conversation,
            };
            await store.CommitAsync(admin.PbxId, [OutboxDocument.Enqueue(message)], ct);
            var name = (await repository.GetSettingsAsync(admin.PbxId, ct))?.Value.DisplayName ?? admin.PbxId;
            response.Replies.Add(Reply.Of(PbxSyncTexts.Started.Format(language, name)));
        }
        outbox.Notify();
    }

    private async Task StatusAsync(Turn turn, IReadOnlyList<Operator> operators, TurnResponse response, CancellationToken ct)
    {
        var cards = new CardContext(Languages.FromLocale(turn.Locale), turn.SupportsUniversalActions);
        var views = new List<PbxHealthView>();
        foreach (var op in operators.Where(o => o.Role is not null || o.Grant.Helpdesk).DistinctBy(o => o.PbxId))
        {
            var phone = phoneSystems.For(op.PbxId);
            var name = (await repository.GetSettingsAsync(op.PbxId, ct))?.Value.DisplayName ?? op.PbxId;
            var state = await sync.GetStateAsync(op.PbxId, ct);
            var pending = await store.QueryAsync<PbxChange>(op.PbxId, new DocumentQuery(PbxChangeDocument.Kind) { Tag = PbxChangeDocument.Tag(PbxChangeStatus.Pending), Max = 1000 }, ct);
            var waiting = new List<PbxChangeLine>();
            foreach (var status in new[] { PbxChangeStatus.Refused, PbxChangeStatus.Unreachable })
            {
                var found = await store.QueryAsync<PbxChange>(op.PbxId, new DocumentQuery(PbxChangeDocument.Kind) { Tag = PbxChangeDocument.Tag(status), Max = 20, NewestFirst = true }, ct);
                waiting.AddRange(found.Select(c => new PbxChangeLine(c.Value.Id, c.Value.Target, PbxChangeCards.StateOf(c.Value.Status), c.Value.Reason)));
            }
            views.Add(new PbxHealthView(name, phone.IsDemo ? null : phone.Profile.Url.Authority + phone.Profile.Url.AbsolutePath.TrimEnd('/'),
                state?.LastSyncedAt, state?.LastError, pending.Count, waiting));
        }
        response.Replies.Add(Reply.Of(PbxStatusCards.Build(cards, views, operators.Any(o => o.Role is { } r && r.IsSystemRole()))));
    }
}
