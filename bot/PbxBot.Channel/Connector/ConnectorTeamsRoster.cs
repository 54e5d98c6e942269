using Microsoft.Extensions.Logging;
using PbxBot.Application.Conversations;

namespace PbxBot.Channel.Connector;

/// <summary>
/// Asks the Teams Connector who a conversation member is (their UPN). Only Teams has this roster; the serviceUrl
/// is the stored one, which arrived in an authenticated activity, so the app token goes nowhere else.
/// </summary>
internal sealed class ConnectorTeamsRoster(IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory) : ITeamsRoster
{
    public async Task<string?> UserPrincipalNameAsync(ConversationReference conversation, string userChannelId, CancellationToken cancellationToken)
    {
        if (!string.Equals(conversation.ChannelId, BotFrameworkConstants.TeamsChannelId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var client = new ConnectorClient(httpClientFactory.CreateClient(ChannelHttpClients.Connector), loggerFactory.CreateLogger<ConnectorClient>());
        var member = await client.GetMemberAsync(conversation.ServiceUrl, conversation.ConversationId, userChannelId, cancellationToken);
        return string.IsNullOrWhiteSpace(member?.UserPrincipalName) ? null : member.UserPrincipalName;
    }
}
