namespace PbxBot.Application.Sync;

/// <summary>Configuration section <c>PbxSync</c>: when the store's copy of each connected PBX is refreshed.</summary>
public sealed class PbxSyncOptions
{
    public const string Section = "PbxSync";

    /// <summary>Sync every connected PBX when the bot starts.</summary>
    public bool OnStart { get; set; } = true;

    /// <summary>Then again this often (changes made in the 3CX console show up within it); zero turns the schedule off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
