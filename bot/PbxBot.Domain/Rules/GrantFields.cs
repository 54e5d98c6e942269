namespace PbxBot.Domain.Rules;

/// <summary>The grant-access cards' input ids.</summary>
public static class GrantFields
{
    public const string User = "userId";
    public const string Pbx = "pbx";
    public const string Role = "role";
    public const string Helpdesk = "helpdesk";
    public const string Departments = "departments";
}
