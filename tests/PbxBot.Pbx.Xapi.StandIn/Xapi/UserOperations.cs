using System.Text.Json.Nodes;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.OData;
using PbxBot.Pbx.Xapi.StandIn.Semantics;

namespace PbxBot.Pbx.Xapi.StandIn.Xapi;

/// <summary>The <c>Users</c> operations of the swagger, by operationId.</summary>
internal static class UserOperations
{
    public static void Register(IDictionary<string, Func<XapiRequest, Reply>> handlers)
    {
        handlers["ListUser"] = List;
        handlers["GetUser"] = r => Get(r, Find(r, r.IntKey("Id")));
        handlers["GetUserByNumber"] = r => Get(r, FindByNumber(r, r.StringKey("Number")));
        handlers["CreateUser"] = Create;
        handlers["UpdateUser"] = Update;
        handlers["DeleteUser"] = Delete;
        handlers["GetFirstAvailableExtensionNumber"] = FirstAvailable;
        handlers["SendWelcomeEmail"] = SendWelcomeEmail;
        handlers["Regenerate"] = Regenerate;
        handlers["RegeneratePasswords"] = RegeneratePasswords;
        handlers["BatchDelete"] = BatchDelete;
        handlers["ListGroups"] = ListGroupsOfUser;
    }

    private static Reply List(XapiRequest r)
    {
        var state = r.Tenant.State;
        var schema = r.Swagger.Schemas["Pbx.User"];
        var (page, count) = r.Query.Apply(state.Users.Values, state.Users.Count, u => new UserView(state, u));
        return EntityWriter.Collection(r.Context("Users" + r.Query.Shape.ContextSuffix), schema, page, count, r.Query.Shape, u => new UserView(state, u));
    }

    private static Reply Get(XapiRequest r, UserRecord user) =>
        EntityWriter.Entity(200, r.Context("Users/$entity"), r.Swagger.Schemas["Pbx.User"], new UserView(r.Tenant.State, user), r.Query.Shape);

    private static Reply Create(XapiRequest r)
    {
        var (state, user) = r.Tenant.Write(s =>
        {
            var (next, created) = UserWrites.Create(r.Tenant, s, r.BodyObject, "create");
            return (next, (next, created));
        });
        var location = $"{r.ServiceRoot}/Users({user.Id})";
        if (r.Prefers("return=minimal"))
        {
            return Reply.Empty(204).With("Location", location).With("OData-EntityId", location).With("Preference-Applied", "return=minimal");
        }
        return EntityWriter.Entity(201, r.Context("Users/$entity"), r.Swagger.Schemas["Pbx.User"], new UserView(state, user), SelectExpand.Default)
            .With("Location", location);
    }

    private static Reply Update(XapiRequest r)
    {
        var id = r.IntKey("Id");
        var (state, user) = r.Tenant.Write(s =>
        {
            var existing = s.Users.GetValueOrDefault(id) ?? throw NotFound(id);
            var (next, changed) = UserWrites.Patch(r.Tenant, s, r.Swagger.Schemas["Pbx.User"], existing, r.BodyObject);
            return (next, (next, changed));
        });
        return r.Prefers("return=representation")
            ? EntityWriter.Entity(200, r.Context("Users/$entity"), r.Swagger.Schemas["Pbx.User"], new UserView(state, user), SelectExpand.Default)
                .With("Preference-Applied", "return=representation")
            : Reply.Empty(204);
    }

    private static Reply Delete(XapiRequest r)
    {
        var id = r.IntKey("Id");
        r.Tenant.Write(s => (s.Users.ContainsKey(id) ? s.WithoutUser(id) : throw NotFound(id), 0));
        return Reply.Empty(204);
    }

    private static Reply FirstAvailable(XapiRequest r) =>
        EntityWriter.Entity(200, r.Context("Pbx.FirstAvailableNumber"), r.Swagger.Schemas["Pbx.FirstAvailableNumber"],
            new JsonObjectView(new JsonObject { ["Number"] = PbxRules.FirstAvailableNumber(r.Tenant.Settings, r.Tenant.State) }), SelectExpand.Default);

    private static Reply SendWelcomeEmail(XapiRequest r)
    {
        var id = r.IntKey("Id");
        r.Tenant.Write(s => (WithWelcomeEmail(r.Tenant, s, s.Users.GetValueOrDefault(id) ?? throw NotFound(id), "SendWelcomeEmail"), 0));
        return Reply.Empty(204);
    }

    private static Reply Regenerate(XapiRequest r)
    {
        var id = r.IntKey("Id");
        var options = r.BodyObject["opts"] as JsonObject ?? [];
        r.Tenant.Write(s => (Regenerated(r.Tenant, s, s.Users.GetValueOrDefault(id) ?? throw NotFound(id), options), 0));
        return Reply.Empty(204);
    }

    private static Reply RegeneratePasswords(XapiRequest r)
    {
        var ids = (r.BodyObject["Ids"] as JsonArray ?? []).Select(Json.Int).OfType<int>().ToArray();
        var options = r.BodyObject["opts"] as JsonObject ?? [];
        r.Tenant.Write(s => (ids.Aggregate(s, (state, id) => Regenerated(r.Tenant, state, state.Users.GetValueOrDefault(id) ?? throw NotFound(id), options)), 0));
        return Reply.Empty(204);
    }

    /// <summary>
    /// <c>Pbx.Regenerate</c>: <c>WebclientPassword</c> issues a new random web client password, <c>SendWelcomeEmail</c>
    /// records a welcome e-mail, <c>SipAuth</c>, <c>DeskphonePassword</c> and <c>VoicemailPIN</c> draw new values;
    /// <c>ConfigurationLink</c> and <c>RpsKey</c> have nothing to change here.
    /// </summary>
    private static PbxState Regenerated(PbxTenant tenant, PbxState state, UserRecord user, JsonObject options)
    {
        bool On(string name) => Json.Bool(options[name]) == true;
        var props = user.Props;
        if (On("SipAuth"))
        {
            props = props.With("AuthID", JsonValue.Create(Passwords.Random())).With("AuthPassword", JsonValue.Create(Passwords.Random()));
        }
        if (On("DeskphonePassword"))
        {
            props = props.With("DeskphonePassword", JsonValue.Create(Passwords.Random()));
        }
        if (On("VoicemailPIN"))
        {
            props = props.With("VMPIN", JsonValue.Create(Passwords.RandomDigits(4)));
        }
        var changed = user with { Props = props };
        var next = state;
        if (On("WebclientPassword"))
        {
            changed = changed with { PasswordHash = Passwords.Hash(Passwords.Random()) };
            next = next with { PasswordChanges = next.PasswordChanges.Add(new(user.Id, user.Number, "regenerate", tenant.Now)) };
        }
        next = next.WithUser(changed);
        return On("SendWelcomeEmail") ? WithWelcomeEmail(tenant, next, changed, "Regenerate") : next;
    }

    /// <summary>3CX e-mails the user; without an address there is nobody to send to (400, target <c>EmailAddress</c>).</summary>
    private static PbxState WithWelcomeEmail(PbxTenant tenant, PbxState state, UserRecord user, string trigger)
    {
        if (string.IsNullOrEmpty(user.EmailAddress))
        {
            throw XapiException.BadRequest(ErrorCodes.NoEmailAddress, $"User {user.Number} has no e-mail address: no welcome e-mail can be sent.", "EmailAddress");
        }
        return state with { WelcomeEmails = state.WelcomeEmails.Add(new(user.Id, user.Number, user.EmailAddress, trigger, tenant.Now)) };
    }

    /// <summary><c>Users/Pbx.BatchDelete</c>: deletes what exists; the answer lists the ids that could not be deleted.</summary>
    private static Reply BatchDelete(XapiRequest r)
    {
        var ids = (r.BodyObject["ids"] as JsonArray ?? []).Select(Json.Int).OfType<int>().ToArray();
        var failures = r.Tenant.Write(s =>
        {
            var errors = new List<JsonObject>();
            foreach (var id in ids)
            {
                if (s.Users.ContainsKey(id))
                {
                    s = s.WithoutUser(id);
                }
                else
                {
                    errors.Add(new JsonObject { ["Error"] = $"User {id} was not found.", ["ExtensionNumber"] = null });
                }
            }
            return (s, errors);
        });
        var schema = r.Swagger.Schemas["Pbx.UserDeleteError"];
        return EntityWriter.Collection(r.Context("Collection(Pbx.UserDeleteError)"), schema, failures, null, SelectExpand.Default, e => new JsonObjectView(e));
    }

    private static Reply ListGroupsOfUser(XapiRequest r)
    {
        var state = r.Tenant.State;
        var user = Find(r, r.IntKey("Id"));
        var items = Memberships.Of(state, user);
        var (page, count) = r.Query.Apply(items, items.Count, n => new JsonObjectView((JsonObject)n!));
        return EntityWriter.Collection(r.Context($"Users({user.Id})/Groups" + r.Query.Shape.ContextSuffix), r.Swagger.Schemas["Pbx.UserGroup"],
            page, count, r.Query.Shape, n => new JsonObjectView((JsonObject)n!));
    }

    private static UserRecord Find(XapiRequest r, int id) => r.Tenant.State.Users.GetValueOrDefault(id) ?? throw NotFound(id);

    private static UserRecord FindByNumber(XapiRequest r, string number) =>
        r.Tenant.State.UserByNumber(number) ?? throw XapiException.NotFound($"No user has the number '{number}'.");

    private static XapiException NotFound(int id) => XapiException.NotFound($"No user has the id {id}.");
}
