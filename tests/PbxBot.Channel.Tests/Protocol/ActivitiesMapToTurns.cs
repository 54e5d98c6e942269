using System.Text.Json.Nodes;
using PbxBot.Application.Conversations;
using PbxBot.Channel.Turns;
using PbxBot.Testing.Channel;

namespace PbxBot.Channel.Tests.Protocol;

/// <summary>How each activity reads as a turn for the wizards.</summary>
public sealed class ActivitiesMapToTurns
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static TurnMapping Map(JsonObject activity) =>
        TurnMapper.Map(TestActivities.Parse(activity));

    private static Turn TurnOf(JsonObject activity)
    {
        var mapping = Map(activity);
        Assert.Equal(TurnMappingOutcome.Turn, mapping.Outcome);
        return mapping.Turn!;
    }

    [Fact]
    public void A_typed_message_is_a_message_turn_with_the_teams_identity_and_conversation()
    {
        var turn = TurnOf(TestActivities.Message(ServiceUrl, "  nouveau poste  "));

        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("nouveau poste", turn.Text);
        Assert.Equal("fr-FR", turn.Locale);
        Assert.Equal(TestActivities.UserAadObjectId, turn.User.Id);
        Assert.Equal(TestActivities.UserId, turn.User.ChannelUserId);
        Assert.Equal(TestActivities.UserAadObjectId, turn.User.AadObjectId);
        Assert.Equal(TestActivities.UserName, turn.User.Name);
        Assert.Equal(
            new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = ServiceUrl,
                ConversationId = TestActivities.ConversationId,
                ConversationType = "personal",
                TenantId = TestActivities.TenantId,
                BotId = TestActivities.BotId,
                BotName = TestActivities.BotName,
                UserChannelId = TestActivities.UserId,
            },
            turn.Conversation);
        Assert.True(turn.SupportsUniversalActions);
        Assert.False(turn.IsInvoke);
        Assert.Null(turn.CardData);
    }

    [Fact]
    public void The_clients_time_zone_comes_with_the_turn_when_sent()
    {
        Assert.Null(TurnOf(TestActivities.Message(ServiceUrl, "journal")).TimeZone);

        var activity = TestActivities.Message(ServiceUrl, "journal");
        activity["localTimezone"] = "Europe/Paris";

        Assert.Equal("Europe/Paris", TurnOf(activity).TimeZone);
    }

    [Fact]
    public void Without_an_aad_object_id_the_user_is_known_by_the_channel_id()
    {
        var activity = TestActivities.Message(ServiceUrl, "aide", channelId: "emulator");
        activity["from"]!.AsObject().Remove("aadObjectId");

        var turn = TurnOf(activity);

        Assert.Equal(TestActivities.UserId, turn.User.Id);
        Assert.False(turn.SupportsUniversalActions);
    }

    [Fact]
    public void The_tenant_comes_from_channel_data_when_the_conversation_has_none()
    {
        var activity = TestActivities.Message(ServiceUrl, "aide");
        activity["conversation"]!.AsObject().Remove("tenantId");

        Assert.Equal(TestActivities.TenantId, TurnOf(activity).Conversation.TenantId);
    }

    [Fact]
    public void An_action_submit_is_a_card_action_with_its_data_and_the_card_message_id()
    {
        var turn = TurnOf(TestActivities.Submit(ServiceUrl, new JsonObject { ["verb"] = "save", ["firstName"] = "Léa" }, "card-9"));

        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.Equal("Léa", turn.CardData!["firstName"]!.GetValue<string>());
        Assert.Equal("save", turn.CardData["verb"]!.GetValue<string>());
        Assert.Equal("card-9", turn.CardMessageId);
        Assert.False(turn.IsInvoke);
    }

    [Fact]
    public void An_action_execute_merges_its_verb_into_its_data()
    {
        var turn = TurnOf(TestActivities.Execute(ServiceUrl, "approve", new JsonObject { ["requestId"] = "r-1" }, "card-2"));

        Assert.Equal(TurnKind.CardAction, turn.Kind);
        Assert.True(turn.IsInvoke);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["requestId"] = "r-1", ["verb"] = "approve" }, turn.CardData));
    }

    [Fact]
    public void An_action_execute_without_data_has_just_its_verb()
    {
        var activity = TestActivities.Execute(ServiceUrl, "cancel", [], "card-2");
        activity["value"]!["action"]!.AsObject().Remove("data");

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["verb"] = "cancel" }, TurnOf(activity).CardData));
    }

    [Fact]
    public void An_automatic_action_execute_is_a_card_refresh()
    {
        var turn = TurnOf(TestActivities.Execute(ServiceUrl, "refresh", [], "card-2", automatic: true));

        Assert.Equal(TurnKind.CardRefresh, turn.Kind);
        Assert.True(turn.IsInvoke);
    }

    [Fact]
    public void An_adaptive_card_invoke_that_is_not_an_execute_is_invalid()
    {
        var activity = TestActivities.Execute(ServiceUrl, "x", [], "card-2");
        activity["value"]!["action"]!["type"] = "Action.Submit";

        Assert.Equal(TurnMappingOutcome.Invalid, Map(activity).Outcome);
    }

    [Fact]
    public void The_bot_joining_a_conversation_starts_it()
    {
        Assert.Equal(TurnKind.ConversationStarted, TurnOf(TestActivities.BotAdded(ServiceUrl)).Kind);
    }

    [Theory]
    [InlineData("add", TurnKind.Installed)]
    [InlineData("add-upgrade", TurnKind.Installed)]
    [InlineData("remove", TurnKind.Uninstalled)]
    [InlineData("remove-upgrade", TurnKind.Uninstalled)]
    public void Installation_updates_install_or_uninstall(string action, TurnKind kind)
    {
        Assert.Equal(kind, TurnOf(TestActivities.InstallationUpdate(ServiceUrl, action)).Kind);
    }

    [Fact]
    public void An_installation_update_with_another_action_is_ignored()
    {
        Assert.Equal(TurnMappingOutcome.Ignored, Map(TestActivities.InstallationUpdate(ServiceUrl, "unknown")).Outcome);
    }

    [Fact]
    public void A_message_with_neither_text_nor_card_data_is_ignored()
    {
        var activity = TestActivities.Message(ServiceUrl, "x");
        activity.Remove("text");

        Assert.Equal(TurnMappingOutcome.Ignored, Map(activity).Outcome);
    }
}
