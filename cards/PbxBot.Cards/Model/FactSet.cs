namespace PbxBot.Cards.Model;

/// <summary>Title/value pairs in two aligned columns: the review card's summary.</summary>
public sealed record FactSet : CardElement
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}

public sealed record Fact(string Title, string Value);
