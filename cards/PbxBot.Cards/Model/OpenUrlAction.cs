namespace PbxBot.Cards.Model;

/// <summary><c>Action.OpenUrl</c>: opens a link (the 3CX web client, a guide).</summary>
public sealed record OpenUrlAction : CardAction
{
    public OpenUrlAction(Uri url)
    {
        Url = url;
    }

    public Uri Url { get; init; }
}
