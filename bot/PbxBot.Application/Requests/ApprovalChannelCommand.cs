using PbxBot.Application.Bot;
using PbxBot.Application.Commands;
using PbxBot.Application.Conversations;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Domain;

namespace PbxBot.Application.Requests;

/// <summary>
/// "utiliser ce canal pour les approbations", said in a Teams team channel by a system admin: extension
/// requests of their PBX(s) are then posted there instead of in each admin's personal chat.
/// </summary>
public sealed class ApprovalChannelCommand(PbxRepository repository, IPbxStore store, TimeProvider time) : ICommandHandler
{
    public bool Handles(Intent intent) => intent == Intent.UseChannelForApprovals;

    public async Task HandleAsync(Turn turn, IReadOnlyList<Operator> operators, Command command, TurnResponse response, CancellationToken ct)
    {
        var language = Languages.FromLocale(turn.Locale);
        if (turn.Conversation.ConversationType != "channel")
        {
            response.Replies.Add(Reply.Of(RequestText.ChannelOnlyInTeamsChannel.In(language)));
            return;
        }
        var admins = operators.Where(o => o.Role is { } r && r.IsSystemRole()).ToArray();
        if (admins.Length == 0)
        {
            response.Replies.Add(Reply.Of(RequestText.ChannelNotAllowed.In(language)));
            return;
        }
        // A channel message's conversation id carries ";messageid=…": the channel itself is the part before it.
        var channelConversation = turn.Conversation.ConversationId.Split(";messageid=", StringSplitOptions.None)[0];
        foreach (var admin in admins)
        {
            var settings = await repository.GetSettingsAsync(admin.PbxId, ct);
            if (settings is null)
            {
                continue;
            }
            var channel = new ApprovalChannel(turn.Conversation.ChannelId, turn.Conversation.ServiceUrl, channelConversation, turn.Conversation.TenantId, null);
            var changed = settings.Value with { ApprovalChannel = channel };
            // Audited like every change: where approval cards go decides who sees requests.
            var audit = AuditEntries.For(admin, "pbx.approval_channel", $"pbx:{admin.PbxId}", settings.Value.ApprovalChannel, channel, time.GetUtcNow());
            await store.CommitAsync(admin.PbxId,
                [new Change.Replace(new PbxDocument(DocumentKinds.SettingsId, DocumentKinds.Settings, changed), settings.ETag), PbxRepository.AuditChange(audit)], ct);
            response.Replies.Add(Reply.Of(RequestText.ChannelSet.Format(language, settings.Value.DisplayName)));
        }
    }
}
