using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Connector;

/// <summary>Delivers through the Connector REST API at the conversation's serviceUrl (Teams, Emulator, Azure Bot Service).</summary>
public sealed class ConnectorActivitySink(IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory) : IActivitySink
{
    private ConnectorClient Client() =>
        new(httpClientFactory.CreateClient(ChannelHttpClients.Connector), loggerFactory.CreateLogger<ConnectorClient>());

    public bool Accepts(ConversationReference conversation) => true;

    public Task<string?> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
        activity.ReplyToId is { Length: > 0 } replyToId
            ? Client().ReplyToActivityAsync(conversation.ServiceUrl, conversation.ConversationId, replyToId, activity, cancellationToken)
            : Client().SendToConversationAsync(conversation.ServiceUrl, conversation.ConversationId, activity, cancellationToken);

    public Task UpdateAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken) =>
        Client().UpdateActivityAsync(
            conversation.ServiceUrl,
            conversation.ConversationId,
            activity.Id ?? throw new ArgumentException("The activity to update has no id.", nameof(activity)),
            activity,
            cancellationToken);

    public async Task<ConversationReference> CreatePersonalConversationAsync(ConversationReference anyConversationOfTenant, string userChannelId, CancellationToken cancellationToken)
    {
        var source = anyConversationOfTenant;
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = source.BotId, Name = source.BotName },
            Members = [new ChannelAccount { Id = userChannelId }],
            IsGroup = false,
            TenantId = source.TenantId,
            ChannelData = source.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = source.TenantId } },
        };
        var created = await Client().CreateConversationAsync(source.ServiceUrl, parameters, cancellationToken);
        return source with
        {
            ConversationId = created.Id ?? throw new ConnectorException("The Connector created a conversation but returned no id."),
            ServiceUrl = string.IsNullOrWhiteSpace(created.ServiceUrl) ? source.ServiceUrl : created.ServiceUrl,
            ConversationType = "personal",
            UserChannelId = userChannelId,
        };
    }
}
