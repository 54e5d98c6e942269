using System.Text.Json.Nodes;

namespace PbxBot.Pbx.Xapi.StandIn.Model;

/// <summary>
/// One isolated PBX on the stand-in: its settings, data, tokens, recorded calls and armed faults, and its own
/// clock (the server's <see cref="TimeProvider"/> plus an offset a test may advance, so token expiry is tested
/// without waiting, even against a shared out-of-process stand-in).
/// </summary>
public sealed class PbxTenant
{
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private PbxState state;
    private long clockOffsetTicks;

    public PbxTenant(string id, PbxSettings settings, TimeProvider time)
    {
        Id = id;
        Settings = settings;
        this.time = time;
        var (withId, groupId) = PbxState.Empty.TakeId();
        // Every 3CX has a default group (department) that new users fall into.
        state = withId.WithGroup(new GroupRecord(groupId, PropertyDictionary.Empty.With("Name", JsonValue.Create("DEFAULT")).With("IsDefault", JsonValue.Create(true))));
    }

    public string Id { get; }

    public PbxSettings Settings { get; }

    public TimeProvider Time => time;

    public TokenStore Tokens { get; } = new();

    public CallLog Calls { get; } = new();

    public FaultSet Faults { get; } = new();

    public PbxState State => Volatile.Read(ref state);

    public int DefaultGroupId => State.Groups.Values.First(g => g.IsDefault).Id;

    public DateTimeOffset Now => time.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref clockOffsetTicks));

    public void AdvanceClock(TimeSpan by) => Interlocked.Add(ref clockOffsetTicks, by.Ticks);

    /// <summary>Runs a write against the latest snapshot; writes to one tenant are serialised, reads never wait.</summary>
    public T Write<T>(Func<PbxState, (PbxState State, T Result)> change)
    {
        lock (gate)
        {
            var (next, result) = change(state);
            Volatile.Write(ref state, next);
            return result;
        }
    }
}
