namespace PbxBot.Application.Wizards.PrimaryDepartment;

/// <summary>The extension whose primary department is being set, and the choice.</summary>
public sealed class PrimaryDepartmentState
{
    public string? Number { get; set; }

    public string? Name { get; set; }

    public string? CurrentDepartment { get; set; }

    public string? Department { get; set; }

    public string Role { get; set; } = "users";

    public string? SearchTerm { get; set; }

    public List<Found> Results { get; set; } = [];

    public sealed class Found
    {
        public string Number { get; set; } = "";

        public string Name { get; set; } = "";
    }
}
