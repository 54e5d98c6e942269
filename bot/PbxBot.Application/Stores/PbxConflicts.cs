namespace PbxBot.Application.Stores;

/// <summary>A save refused because something it needs was taken meanwhile: said to the user in their words.</summary>
public abstract class PbxConflictException(string message, Exception? inner) : Exception(message, inner);

/// <summary>The extension number was just taken (or is in use); <see cref="NextFree"/> is the number to offer instead.</summary>
public sealed class NumberTakenException(string number, string? nextFree, Exception? inner = null)
    : PbxConflictException($"Number {number} is taken; next free is {nextFree ?? "none"}.", inner)
{
    public string Number { get; } = number;

    public string? NextFree { get; } = nextFree;
}

/// <summary>The DID was assigned to another extension meanwhile (or is not in the pool).</summary>
public sealed class DidTakenException(string did, Exception? inner = null) : PbxConflictException($"DID {did} is not free.", inner)
{
    public string Did { get; } = did;
}

/// <summary>A department with the same name (ignoring case and accents) exists.</summary>
public sealed class DepartmentExistsException(string name, Exception? inner = null) : PbxConflictException($"Department '{name}' exists.", inner)
{
    public string Name { get; } = name;
}
