using PbxBot.Cards.Model;

namespace PbxBot.Cards.Builders;

/// <summary>
/// Told to someone the bot does not know as an operator: how access is granted (an owner or administrator of
/// the 3CX system grants it) and the id they must pass on so that person can do it.
/// </summary>
public static class AccessDeniedCard
{
    /// <param name="userId">The id grants are keyed by (the Teams user's AAD object id).</param>
    /// <param name="userName">Their display name, to help the admin recognise them.</param>
    /// <param name="pbxName">The 3CX system they tried to manage, when known.</param>
    public static AdaptiveCard Build(CardContext context, string userId, string? userName = null, string? pbxName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var title = context.Say(CardText.AccessDeniedTitle);
        var explanation = string.IsNullOrWhiteSpace(pbxName)
            ? context.Say(CardText.AccessDeniedExplanation)
            : context.Say(CardText.AccessDeniedExplanationForPbx, pbxName);
        List<(string, string?)> facts = [];
        if (!string.IsNullOrWhiteSpace(userName))
        {
            facts.Add((context.Say(CardText.AccessDeniedYourName), userName));
        }
        facts.Add((context.Say(CardText.AccessDeniedYourId), userId));
        return context.Card(title,
        [
            CardLayout.Header(title, explanation),
            new TextBlock(context.Say(CardText.AccessDeniedHowToGetAccess)) { Wrap = true },
            CardLayout.Review(context, facts),
        ]);
    }
}
