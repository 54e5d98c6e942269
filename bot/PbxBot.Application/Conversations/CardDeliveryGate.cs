using System.Collections.Concurrent;

namespace PbxBot.Application.Conversations;

/// <summary>
/// Keeps a background update of a card from overtaking the turn that first sends it. The turn holds a key before it
/// commits the work (a PBX change), and releases it once its card was delivered (<see cref="TurnResponse.AfterDelivery"/>);
/// the background side waits for the release before it replaces the card. In-process only: with several bot
/// instances another one may refresh first, at worst showing the newer state a moment early, and a hold that is
/// never released stops delaying after <c>maxWait</c>.
/// </summary>
public sealed class CardDeliveryGate
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> held = new(StringComparer.Ordinal);

    public void Hold(string key) => held.TryAdd(key, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(string key)
    {
        if (held.TryRemove(key, out var gate))
        {
            gate.TrySetResult();
        }
    }

    /// <summary>Returns once <paramref name="key"/> is released (at once when it is not held), or after <paramref name="maxWait"/>.</summary>
    public async Task WaitAsync(string key, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        if (!held.TryGetValue(key, out var gate))
        {
            return;
        }
        try
        {
            await gate.Task.WaitAsync(maxWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            Release(key);
        }
    }
}
