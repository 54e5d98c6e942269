namespace PbxBot.Pbx.Xapi.Wire;

/// <summary><c>Pbx.DidNumber</c>, keyed by its <c>Number</c>.</summary>
internal sealed record XapiDidNumber
{
    public string? Number { get; init; }
}

/// <summary>What PbxBot reads of <c>Pbx.SystemParameters</c> (<c>/Defs/Pbx.GetSystemParameters()</c>).</summary>
internal sealed record XapiSystemParameters
{
    public string? FQDN { get; init; }

    public string? Version { get; init; }

    /// <summary>Extension number length.</summary>
    public int? ENL { get; init; }

    public string? GlobalLanguage { get; init; }
}

/// <summary><c>Pbx.TimeZone</c> of <c>/Defs/TimeZones</c>: the PBX's own id of a zone and its IANA name.</summary>
internal sealed record XapiTimeZone
{
    public string? Id { get; init; }

    public string? IanaName { get; init; }
}
