namespace PbxBot.Channel.Activities;

/// <summary>The activity types and invoke names the channel acts on.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>Action.Execute (Universal Actions).</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
}
