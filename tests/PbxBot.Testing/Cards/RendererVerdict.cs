namespace PbxBot.Testing.Cards;

/// <summary>One thing the official renderer reported about a card.</summary>
/// <param name="Event">The renderer's <c>ValidationEvent</c> name (UnknownElementType, InvalidPropertyValue, DuplicateId…).</param>
/// <param name="Phase">Parse or Validation.</param>
/// <param name="Element">The element or action concerned ("Input.Text#firstName"), when the renderer says.</param>
public sealed record RendererProblem(string Event, string Phase, string Message, string? Element)
{
    public override string ToString() => Element is null ? $"{Event}: {Message}" : $"{Event} at {Element}: {Message}";
}

/// <summary>The renderer's verdict on one named card: it passes when <see cref="Errors"/> is empty.</summary>
public sealed record RendererVerdict(string Name, IReadOnlyList<RendererProblem> Errors)
{
    public bool Passes => Errors.Count == 0;

    public override string ToString() =>
        Passes ? $"{Name}: no error" : $"{Name}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Errors)}";
}
