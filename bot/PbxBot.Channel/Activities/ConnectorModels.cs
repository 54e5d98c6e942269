using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PbxBot.Channel.Activities;

/// <summary>The Connector's answer to a send or update: the id of the activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The body of "create conversation" (a proactive 1:1 chat).</summary>
public sealed class ConversationParameters
{
    public required ChannelAccount Bot { get; init; }

    public required List<ChannelAccount> Members { get; init; }

    public bool IsGroup { get; init; }

    public string? TenantId { get; init; }

    public JsonNode? ChannelData { get; init; }
}

/// <summary>The Connector's answer to "create conversation".</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>A conversation member as Teams describes it (<c>GET /v3/conversations/{id}/members/{memberId}</c>).</summary>
public sealed record TeamsChannelAccount(string? Id, string? Name, string? AadObjectId, string? Email, string? UserPrincipalName, string? TenantId);

/// <summary>The error body of a failed Connector call: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ConnectorErrorBody([property: JsonPropertyName("error")] ConnectorError? Error);

public sealed record ConnectorError(string? Code, string? Message);
