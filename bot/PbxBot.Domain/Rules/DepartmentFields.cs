namespace PbxBot.Domain.Rules;

/// <summary>The create-department cards' input ids.</summary>
public static class DepartmentFields
{
    public const string Name = "name";
    public const string Language = "language";
    public const string Visible = "visible";
    public const string Transcription = "transcription";
    public const string Members = "members";
}
