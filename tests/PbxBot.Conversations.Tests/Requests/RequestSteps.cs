using System.Text.Json.Nodes;
using PbxBot.Domain;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Requests;

/// <summary>The steps the request tests share, in the words of the people doing them.</summary>
internal static class RequestSteps
{
    public const string Approve = "Approuver";
    public const string Reject = "Refuser";
    public const string CancelRequest = "Annuler la demande";

    /// <summary>The manager fills the three request cards and sends the request; returns it as stored.</summary>
    public static async Task<ExtensionRequest> SubmitAsync(this ChatUser manager, PbxBotUnderTest bot, string firstName = "Ada", string lastName = "Lovelace",
        string? email = "ada@dupont.example", string? number = null, string reason = "Nouvelle recrue au support")
    {
        var english = manager.Locale.StartsWith("en", StringComparison.Ordinal);
        var next = english ? "Next" : "Suivant";
        // Each press names its card: outcomes of earlier requests may arrive in the chat meanwhile.
        var card = (await manager.SayAsync(english ? "request an extension" : "demander une extension")).Cards.Single(c => c.Inputs.ContainsKey("firstName"));
        var identity = new Dictionary<string, string> { ["firstName"] = firstName, ["lastName"] = lastName, ["email"] = email ?? "" };
        if (number is not null)
        {
            identity["numberAtApproval"] = "false";
            identity["number"] = number;
        }
        card = await manager.PressOnAsync(card, next, identity);
        card = await manager.PressOnAsync(card, next, new Dictionary<string, string> { ["reason"] = reason });
        await manager.PressOnAsync(card, english ? "Send the request" : "Envoyer la demande");
        var mine = await bot.Repository.ListRequestsAsync(TestPbx.Id, null, manager.Id, 50, TestContext.Current.CancellationToken);
        return mine.Where(r => r.Draft.FirstName == firstName && r.Draft.LastName == lastName).OrderByDescending(r => r.RequestedAt).First();
    }

    /// <summary>Presses a button of <paramref name="card"/> and returns the card that replaced it (same message).</summary>
    public static async Task<CardView> PressOnAsync(this ChatUser user, CardView card, string button, IReadOnlyDictionary<string, string>? inputs = null) =>
        new(card.ActivityId, (await user.PressAsync(button, inputs, card)).InvokeCard().Json);

    /// <summary>The card the manager got on sending <paramref name="request"/> (with its Cancel button).</summary>
    public static CardView SubmittedCard(this ChatUser manager, ExtensionRequest request) =>
        manager.Cards.Single(c => c.Text.Contains($"Demande {request.Reference} envoyée", StringComparison.Ordinal)
            || c.Text.Contains($"Request {request.Reference} sent", StringComparison.Ordinal));

    /// <summary>The approval card of <paramref name="request"/> as it arrived (proactively) in this approver's conversation.</summary>
    public static Task<CardView> ApprovalCardAsync(this ChatUser approver, ExtensionRequest request) =>
        approver.WaitForCardAsync(c => c.Text.Contains(request.Reference, StringComparison.Ordinal) && c.HasButton(Approve));

    public static async Task<ExtensionRequest> ReloadAsync(this PbxBotUnderTest bot, ExtensionRequest request) =>
        (await bot.Repository.GetRequestAsync(request.PbxId, request.Id, TestContext.Current.CancellationToken))!.Value;

    /// <summary>
    /// An Action.Execute invoke built by hand, as a forged or replayed client could send it: any verb, any data,
    /// whatever card the user really has.
    /// </summary>
    public static Task<TurnResult> ForgeAsync(this ChatUser user, string verb, string pbxId, string requestId, string? number = null, string? reason = null)
    {
        var data = new JsonObject { ["pbx"] = pbxId, ["request"] = requestId };
        if (number is not null)
        {
            data["number"] = number;
        }
        if (reason is not null)
        {
            data["rejectionReason"] = reason;
        }
        var card = new CardView("forged-card", new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Forged", ["verb"] = verb, ["data"] = data, ["associatedInputs"] = "none" }),
            }),
        });
        return user.PressAsync("Forged", card: card);
    }

    /// <summary>The invoke response's card (its <c>value</c>), as Teams would show it in place of the pressed one.</summary>
    public static CardView InvokeCard(this TurnResult result)
    {
        var body = JsonNode.Parse(result.Body)!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]?.GetValue<string>());
        return new CardView("invoke", body["value"]!.AsObject());
    }

    /// <summary>The text of an invoke answered with a message (the card stays as it was).</summary>
    public static string InvokeMessage(this TurnResult result)
    {
        var body = JsonNode.Parse(result.Body)!.AsObject();
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]?.GetValue<string>());
        return body["value"]!.GetValue<string>();
    }
}
