namespace PbxBot.Application.Conversations;

/// <summary>
/// What Teams knows of a conversation member beyond the ids an activity carries: their UPN (user@contoso.com),
/// which lets configuration name the bootstrap owners the way an IT admin knows them.
/// </summary>
public interface ITeamsRoster
{
    /// <summary>The member's user principal name, or null when the channel has no roster (Web Chat, Emulator) or does not know them.</summary>
    Task<string?> UserPrincipalNameAsync(ConversationReference conversation, string userChannelId, CancellationToken cancellationToken);
}
