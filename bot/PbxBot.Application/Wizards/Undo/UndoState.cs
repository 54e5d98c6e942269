namespace PbxBot.Application.Wizards.Undo;

/// <summary>The audit entry being reverted (re-read and re-checked at every step: nothing else of the card is trusted).</summary>
public sealed class UndoState
{
    public string? EntryId { get; set; }

    public string? Argument { get; set; }

    public string? TargetName { get; set; }
}
