using System.Net;
using PbxBot.Pbx.Xapi.StandIn.Tests.Support;

namespace PbxBot.Pbx.Xapi.StandIn.Tests.Behaviour;

/// <summary><c>Users(Number={Number})</c> takes an OData string literal: <c>Users(Number='105')</c>.</summary>
public sealed class TheAlternateKeyIsAQuotedStringLiteral
{
    [Fact]
    public async Task AQuotedNumberFindsTheUser()
    {
        var (pbx, seeded) = await Samples.OfficeAsync();

        var answer = await pbx.GetAsync("/Users(Number='102')");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(seeded.UserId("102"), answer.Body!["Id"]!.GetValue<int>());
        Assert.EndsWith("$metadata#Users/$entity", answer.Body["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnquotedNumberIsA400NamingTheKey()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var answer = await pbx.GetAsync("/Users(Number=102)");

        answer.AssertError(HttpStatusCode.BadRequest, "INVALID_KEY", "Number");
    }

    [Fact]
    public async Task AnUnknownNumberIsA404()
    {
        var (pbx, _) = await Samples.OfficeAsync();

        var answer = await pbx.GetAsync("/Users(Number='1''9')");

        answer.AssertError(HttpStatusCode.NotFound, "NOT_FOUND", null);
    }

    [Fact]
    public async Task ANonIntegerIdIsA400NamingTheKey()
    {
        var pbx = await TestPbx.NewAsync();

        var answer = await pbx.GetAsync("/Users('5')");

        answer.AssertError(HttpStatusCode.BadRequest, "INVALID_KEY", "Id");
    }
}
