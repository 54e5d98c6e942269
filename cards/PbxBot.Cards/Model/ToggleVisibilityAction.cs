namespace PbxBot.Cards.Model;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides elements by id, without a round trip to the bot.</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    public IReadOnlyList<TargetElement> TargetElements { get; init; } = [];
}

/// <summary>An element to toggle; <see cref="IsVisible"/> null flips it, true/false sets it.</summary>
public sealed record TargetElement(string ElementId)
{
    public bool? IsVisible { get; init; }
}
