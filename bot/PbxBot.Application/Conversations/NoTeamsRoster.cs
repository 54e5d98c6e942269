namespace PbxBot.Application.Conversations;

/// <summary>Without a channel that can ask Teams, no UPN is known: owners configured by UPN are simply not recognised.</summary>
public sealed class NoTeamsRoster : ITeamsRoster
{
    public Task<string?> UserPrincipalNameAsync(ConversationReference conversation, string userChannelId, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
