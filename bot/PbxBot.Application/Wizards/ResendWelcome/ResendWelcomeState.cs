namespace PbxBot.Application.Wizards.ResendWelcome;

/// <summary>Whose welcome e-mail is resent, and to which address.</summary>
public sealed class ResendWelcomeState
{
    public string? Number { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? DepartmentName { get; set; }

    public string? SearchTerm { get; set; }

    public List<Match> Results { get; set; } = [];

    public sealed class Match
    {
        public string Number { get; set; } = "";

        public string Label { get; set; } = "";
    }
}
