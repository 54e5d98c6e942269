namespace PbxBot.Domain;

/// <summary>A Teams user acting on one PBX, with the grant that says what they may do there.</summary>
public sealed record Operator(string UserId, string DisplayName, Grant Grant)
{
    public Role? Role => Grant.Role;

    public string PbxId => Grant.PbxId;
}
