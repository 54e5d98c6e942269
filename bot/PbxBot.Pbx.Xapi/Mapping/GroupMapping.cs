using System.Text.Json.Nodes;
using PbxBot.Application.PhoneSystem;
using PbxBot.Domain;
using PbxBot.Pbx.Xapi.Wire;

namespace PbxBot.Pbx.Xapi.Mapping;

/// <summary>
/// <see cref="PbxGroup"/> ↔ <c>Pbx.Group</c>. The voice-prompt <c>Language</c> is passed as PbxBot's code ("fr",
/// "en-GB"…) and read back as the PBX gives it: the swagger types it as a plain string.
/// </summary>
internal static class GroupMapping
{
    /// <summary>Exactly the properties <see cref="FromWire"/> reads.</summary>
    public const string Select = "Id,Name,Language,GloballyVisible,TranscriptionMode,IsDefault," + OfficeHoursMapping.Select;

    public const string Expand = OfficeHoursMapping.ExpandHolidays;

    public static PbxGroup? FromWire(XapiGroup group, TimeZoneTable zones, string defaultTimeZone) => string.IsNullOrWhiteSpace(group.Name)
        ? null
        : new PbxGroup
        {
            Id = group.Id,
            Name = group.Name,
            Language = string.IsNullOrWhiteSpace(group.Language) ? null : group.Language,
            GloballyVisible = group.GloballyVisible ?? false,
            TranscriptionMode = Transcription(group.TranscriptionMode),
            IsDefault = group.IsDefault ?? false,
            OfficeHours = OfficeHoursMapping.FromWire(group, zones, defaultTimeZone),
        };

    /// <summary>The body of <c>POST /Groups</c> or <c>PATCH /Groups({Id})</c>: only the fields set.</summary>
    public static JsonObject Body(PbxGroupChanges changes, TimeZoneTable zones)
    {
        var body = new JsonObject();
        if (changes.Name is { } name)
        {
            body["Name"] = name.Value;
        }
        if (changes.Language is { } language)
        {
            body["Language"] = language.Value ?? "";
        }
        if (changes.GloballyVisible is { } visible)
        {
            body["GloballyVisible"] = visible.Value;
        }
        if (changes.TranscriptionMode is { } transcription)
        {
            // PbxBot's four modes are Pbx.TranscriptionType's names.
            body["TranscriptionMode"] = transcription.Value.ToString();
        }
        if (changes.OfficeHours is { } hours)
        {
            OfficeHoursMapping.AddTo(body, hours.Value, zones);
        }
        return body;
    }

    /// <summary>The group as created: what the PBX answered, completed by what was sent when the answer leaves it out.</summary>
    public static PbxGroup Created(XapiGroup answer, PbxGroupChanges sent, TimeZoneTable zones, string defaultTimeZone) =>
        FromWire(answer with { Name = answer.Name ?? sent.Name?.Value }, zones, defaultTimeZone)
        ?? throw new InvalidOperationException("A created group has a name.");

    /// <summary><c>Pbx.TranscriptionType</c> is a flags enum: "Voicemail, Recordings" is both; <c>Inherit</c> and unknown values read as none.</summary>
    private static TranscriptionMode Transcription(string? value)
    {
        var flags = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool Has(string flag) => flags.Contains(flag, StringComparer.OrdinalIgnoreCase);
        var voicemail = Has("Voicemail") || Has("Both");
        var recordings = Has("Recordings") || Has("Both");
        return (voicemail, recordings) switch
        {
            (true, true) => TranscriptionMode.Both,
            (true, false) => TranscriptionMode.Voicemail,
            (false, true) => TranscriptionMode.Recordings,
            _ => TranscriptionMode.Nothing,
        };
    }
}
