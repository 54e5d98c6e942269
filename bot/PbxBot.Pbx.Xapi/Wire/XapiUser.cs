namespace PbxBot.Pbx.Xapi.Wire;

/// <summary>The properties of <c>Pbx.User</c> PbxBot reads (the rest is never selected).</summary>
internal sealed record XapiUser
{
    public int Id { get; init; }

    public string? Number { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? EmailAddress { get; init; }

    public string? Mobile { get; init; }

    public bool? Require2FA { get; init; }

    public string? OutboundCallerID { get; init; }

    public int? PrimaryGroupId { get; init; }

    /// <summary>The navigation property <c>Groups</c> (<c>Pbx.UserGroup</c>), present only when expanded.</summary>
    public IReadOnlyList<XapiUserGroup>? Groups { get; init; }
}

/// <summary><c>Pbx.UserGroup</c>: one group of a user and, through the navigation property <c>Rights</c>, the role there.</summary>
internal sealed record XapiUserGroup
{
    public int? GroupId { get; init; }

    public XapiRights? Rights { get; init; }
}

/// <summary><c>Pbx.Rights</c>, keyed by <c>RoleName</c> (<c>users</c> … <c>system_owners</c>).</summary>
internal sealed record XapiRights
{
    public string? RoleName { get; init; }
}
