namespace PbxBot.Application.Wizards.CreateDepartment;

/// <summary>What the create-department cards collected so far.</summary>
public sealed class CreateDepartmentState
{
    public string? Name { get; set; }

    /// <summary>Voice prompts in French unless there is a specific need (seed 001).</summary>
    public string Language { get; set; } = Domain.PromptLanguages.Default;

    public bool Visible { get; set; }

    /// <summary>"Pas de transcription" by default (seed 001).</summary>
    public string Transcription { get; set; } = nameof(Domain.TranscriptionMode.Nothing);

    public List<MemberEntry> Members { get; set; } = [];

    public string? SearchTerm { get; set; }

    public List<MemberEntry> SearchResults { get; set; } = [];
}

/// <summary>An extension in the member list (or a search result), with the department role to give it.</summary>
public sealed class MemberEntry
{
    public string Number { get; set; } = "";

    public string Name { get; set; } = "";

    public string Role { get; set; } = "users";
}
