using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Channel.Activities;

namespace PbxBot.Channel.Tests.Protocol;

public sealed class UnknownActivityFieldsArePreserved
{
    [Fact]
    public void Every_field_a_channel_sent_survives_a_round_trip()
    {
        var sent = JsonNode.Parse("""
            {
              "type": "message", "id": "1", "timestamp": "2026-11-24T10:00:00.123Z", "localTimestamp": "2026-11-24T11:00:00.123+01:00",
              "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
              "from": { "id": "29:u", "name": "Léa", "aadObjectId": "aad", "userRole": "user" },
              "recipient": { "id": "28:b", "name": "PbxBot" },
              "conversation": { "id": "a:1", "conversationType": "personal", "tenantId": "t", "isGroup": false, "extra": [1, 2] },
              "text": "aide", "textFormat": "plain", "locale": "fr-FR",
              "entities": [ { "type": "clientInfo", "locale": "fr-FR", "country": "FR", "platform": "Web", "timezone": "Europe/Paris" } ],
              "channelData": { "tenant": { "id": "t" }, "source": { "name": "message" } },
              "attachments": [ { "contentType": "text/html", "content": "<p>aide</p>" } ]
            }
            """)!;

        var parsed = ActivityParser.Parse(Encoding.UTF8.GetBytes(sent.ToJsonString()), 1 << 20);
        var written = JsonSerializer.SerializeToNode(parsed.Activity, ChannelJson.Options);

        Assert.True(JsonNode.DeepEquals(sent, written), written?.ToJsonString());
    }
}
