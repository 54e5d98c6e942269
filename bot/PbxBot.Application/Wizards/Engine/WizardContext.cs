using PbxBot.Application.Conversations;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Cards;
using PbxBot.Domain;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>What a wizard knows about the turn it runs in: who, on which PBX, in which language.</summary>
public sealed class WizardContext(Turn turn, Operator @operator, PbxRepository repository, TimeProvider time, CancellationToken cancellationToken,
    TurnResponse? response = null)
{
    private PbxSnapshot? snapshot;

    public Turn Turn { get; } = turn;

    /// <summary>The operator on the session's PBX, re-read from the store on every turn: rights are never trusted from card data.</summary>
    public Operator Operator { get; } = @operator;

    public Language Language { get; } = Languages.FromLocale(turn.Locale);

    /// <summary>The session whose card is being drawn: its buttons carry the wizard instance and step, so a stale card is recognised.</summary>
    public WizardSession? Shown { get; set; }

    public CardContext Cards => new(Language, Turn.SupportsUniversalActions) { Route = Shown is null ? null : WizardEngine.RouteOf(Shown) };

    public string PbxId => Operator.PbxId;

    /// <summary>This turn, as the origin of a change whose outcome replaces the card the operator acted on.</summary>
    public ChangeOrigin Origin => new(Turn, response);

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The PBX's current data for the rules, loaded once per turn.</summary>
    public async Task<PbxSnapshot> SnapshotAsync() => snapshot ??= await repository.LoadSnapshotAsync(PbxId, CancellationToken);

    /// <summary>Forgets the loaded snapshot (after a conflict, to re-check against fresh data).</summary>
    public void Refresh() => snapshot = null;

    public string T(Text text) => text.In(Language);
}
