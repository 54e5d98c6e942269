using PbxBot.Application.Wizards.Common;

namespace PbxBot.Application.Wizards.DeleteExtension;

/// <summary>The extension to delete, and the ETag it was read with.</summary>
public sealed class DeleteExtensionState : FoundExtensions
{
    public string? Number { get; set; }

    public string? Name { get; set; }

    public string? ETag { get; set; }
}
