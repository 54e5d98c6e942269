using System.Text.Json;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Swagger;

namespace PbxBot.Pbx.Xapi.StandIn.TestApi;

/// <summary>
/// <c>GET …/_standin/state</c>: everything a test may assert on, from one snapshot —
/// <c>{ "users": [Pbx.User with Groups($expand=Rights) and "@standin.webClientPasswordSet"],
/// "groups": [Pbx.Group with Members($expand=Rights) and OfficeHolidays], "didNumbers": [Pbx.DidNumber],
/// "welcomeEmails": [{ "userId", "number", "emailAddress", "trigger", "at" }],
/// "webClientPasswords": [{ "userId", "number", "how", "at" }] }</c>.
/// </summary>
public static class StateWriter
{
    public static Reply Write(PbxTenant tenant, SwaggerDocument swagger)
    {
        var state = tenant.State;
        var userSchema = swagger.Schemas["Pbx.User"];
        var groupSchema = swagger.Schemas["Pbx.Group"];
        var userShape = SelectExpand.Parse(null, "Groups($expand=Rights)", userSchema, QueryOptions.ParseNested);
        var groupShape = SelectExpand.Parse(null, "Members($expand=Rights),OfficeHolidays", groupSchema, QueryOptions.ParseNested);
        return Reply.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("users");
            foreach (var user in state.Users.Values)
            {
                w.WriteStartObject();
                EntityWriter.WriteProperties(w, userSchema, new UserView(state, user), userShape);
                w.WriteBoolean("@standin.webClientPasswordSet", user.PasswordHash is not null);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("groups");
            foreach (var group in state.Groups.Values)
            {
                EntityWriter.WriteObject(w, groupSchema, new GroupView(state, group), groupShape);
            }
            w.WriteEndArray();
            w.WriteStartArray("didNumbers");
            foreach (var did in state.Dids)
            {
                EntityWriter.WriteObject(w, swagger.Schemas["Pbx.DidNumber"], new DidView(did), SelectExpand.Default);
            }
            w.WriteEndArray();
            w.WriteStartArray("welcomeEmails");
            foreach (var mail in state.WelcomeEmails)
            {
                w.WriteStartObject();
                w.WriteNumber("userId", mail.UserId);
                w.WriteString("number", mail.Number);
                w.WriteString("emailAddress", mail.EmailAddress);
                w.WriteString("trigger", mail.Trigger);
                w.WriteString("at", mail.At);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("webClientPasswords");
            foreach (var change in state.PasswordChanges)
            {
                w.WriteStartObject();
                w.WriteNumber("userId", change.UserId);
                w.WriteString("number", change.Number);
                w.WriteString("how", change.How);
                w.WriteString("at", change.At);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }, "application/json; charset=utf-8");
    }
}
