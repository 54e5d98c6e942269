using PbxBot.Application.Conversations;

namespace PbxBot.Channel.Connector;

/// <summary>Picks the sink of a conversation: the first registered <see cref="IActivitySink"/> that accepts it, else the Connector.</summary>
public sealed class ActivitySinks(IEnumerable<IActivitySink> localSinks, ConnectorActivitySink connector)
{
    private readonly IActivitySink[] localSinks = [.. localSinks];

    public IActivitySink For(ConversationReference conversation) =>
        Array.Find(localSinks, s => s.Accepts(conversation)) ?? connector;
}
