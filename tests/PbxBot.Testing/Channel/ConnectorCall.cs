using System.Text.Json.Nodes;

namespace PbxBot.Testing.Channel;

public enum ConnectorCallKind
{
    ReplyToActivity,
    SendToConversation,
    UpdateActivity,
    DeleteActivity,
    CreateConversation,
    GetMember,
    Token,
    Unknown,
}

/// <summary>One request the <see cref="FakeConnector"/> received, and what it answered.</summary>
public sealed record ConnectorCall
{
    public required ConnectorCallKind Kind { get; init; }

    public required string Method { get; init; }

    /// <summary>The raw request path (ids still URL-encoded, as they travelled).</summary>
    public required string Path { get; init; }

    public string? ConversationId { get; init; }

    public string? ActivityId { get; init; }

    /// <summary>The member asked for by a <see cref="ConnectorCallKind.GetMember"/> call.</summary>
    public string? MemberId { get; init; }

    /// <summary>The JSON body (null for form posts and empty bodies).</summary>
    public JsonNode? Body { get; init; }

    /// <summary>The body exactly as it travelled.</summary>
    public string RawBody { get; init; } = string.Empty;

    /// <summary>The form fields of a token request.</summary>
    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();

    /// <summary>The tenant segment of a token request's path.</summary>
    public string? Tenant { get; init; }

    public string? Authorization { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required int Status { get; init; }

    /// <summary>The <c>id</c> the fake answered with (a new activity's or conversation's id).</summary>
    public string? AnsweredId { get; init; }

    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The body's <c>text</c>, for readable assertions.</summary>
    public string? Text => Body?["text"]?.GetValue<string>();

    /// <summary>The first attachment's content type, when any.</summary>
    public string? AttachmentType => Body?["attachments"]?[0]?["contentType"]?.GetValue<string>();
}
