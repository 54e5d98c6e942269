using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Access;

/// <summary>
/// Who a Teams user is on each PBX: their stored grants, plus system-owner rights for the configured bootstrap
/// owners. Identity is <see cref="ChannelUser.Id"/> (the AAD object id in Teams) — or, for an owner configured by
/// UPN, the UPN Teams itself gives for that id; the display name is never used for authorisation. Deny by
/// default: no grant, no operator.
/// </summary>
public sealed class OperatorDirectory(
    PbxRepository repository,
    IPbxStore store,
    UserDirectory users,
    ITeamsRoster roster,
    IOptions<AccessOptions> options,
    TimeProvider time,
    ILogger<OperatorDirectory> logger)
{
    public async Task<IReadOnlyList<Operator>> ForUserAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        var grants = (await repository.GetGrantsOfUserAsync(user.Id, cancellationToken)).ToList();
        if (await IsBootstrapOwnerAsync(user, cancellationToken))
        {
            var pbxes = await store.QueryAllPbxesAsync<PbxSettings>(new DocumentQuery(DocumentKinds.Settings) { Max = 500 }, cancellationToken);
            foreach (var pbx in pbxes)
            {
                grants.RemoveAll(g => g.PbxId == pbx.Value.Id);
                grants.Add(new Grant
                {
                    PbxId = pbx.Value.Id,
                    UserId = user.Id,
                    DisplayName = user.Name,
                    Role = Role.SystemOwners,
                    Helpdesk = true,
                    GrantedBy = "configuration",
                    GrantedAt = time.GetUtcNow(),
                });
            }
        }
        var name = string.IsNullOrWhiteSpace(user.Name) ? user.Id : user.Name;
        return grants.OrderBy(g => g.PbxId, StringComparer.Ordinal).Select(g => new Operator(user.Id, name, g)).ToArray();
    }

    private async Task<bool> IsBootstrapOwnerAsync(ChannelUser user, CancellationToken ct)
    {
        var owners = options.Value.BootstrapOwners;
        if (owners.Contains(user.Id, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!owners.Any(AccessOptions.IsUserPrincipalName))
        {
            return false;
        }
        return await UserPrincipalNameOfAsync(user, ct) is { } upn && owners.Contains(upn, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The UPN Teams gives for the user (asked once, then remembered); null outside Teams or when it cannot be asked.</summary>
    private async Task<string?> UserPrincipalNameOfAsync(ChannelUser user, CancellationToken ct)
    {
        var profile = await users.FindAsync(user.Id, ct);
        if (profile?.UserPrincipalName is { } known)
        {
            return known;
        }
        if (profile?.LastConversation is not { } conversation)
        {
            return null;
        }
        try
        {
            var upn = await roster.UserPrincipalNameAsync(conversation, user.ChannelUserId, ct);
            if (!string.IsNullOrWhiteSpace(upn))
            {
                await users.RememberUserPrincipalNameAsync(user.Id, upn.Trim(), ct);
            }
            return upn?.Trim();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Deny by default: without the roster's word, a UPN-configured owner is not recognised this turn.
            logger.LogWarning(e, "Could not read the UPN of user {UserId} from the Teams roster", user.Id);
            return null;
        }
    }
}
