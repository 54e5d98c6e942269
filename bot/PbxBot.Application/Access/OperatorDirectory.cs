using Microsoft.Extensions.Options;
using PbxBot.Application.Conversations;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Access;

/// <summary>
/// Who a Teams user is on each PBX: their stored grants, plus system-owner rights for the configured bootstrap
/// owners. Identity is <see cref="ChannelUser.Id"/> (the AAD object id in Teams); the display name is never used
/// for authorisation. Deny by default: no grant, no operator.
/// </summary>
public sealed class OperatorDirectory(PbxRepository repository, IPbxStore store, IOptions<AccessOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<Operator>> ForUserAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        var grants = (await repository.GetGrantsOfUserAsync(user.Id, cancellationToken)).ToList();
        if (options.Value.BootstrapOwners.Contains(user.Id, StringComparer.OrdinalIgnoreCase))
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
}
