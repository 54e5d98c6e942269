namespace PbxBot.Application.Commands;

/// <summary>What an operator asked for in plain words, and what followed the command (a department, a number…).</summary>
public sealed record Command(Intent Intent, string? Argument = null);

public enum Intent
{
    Unknown,
    Help,
    Cancel,
    Back,
    CreateExtension,
    CreateDepartment,
    OfficeHours,
    PrimaryDepartment,
    RequestExtension,
    MyRequests,
    PendingRequests,
    ResendWelcome,
    GrantAccess,
    UseChannelForApprovals,
    SyncPbx,
    PbxStatus,
    EditExtension,
    DeleteExtension,
    EditDepartment,
    DeleteDepartment,
    History,
    Journal,
    Undo,
    ImportExtensions,

    /// <summary>A message that carries a file (a CSV to import), whatever its text says.</summary>
    ImportFile,
    ExportExtensions,
}
