using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PbxBot.Pbx.Xapi.Tests.Fakes;

/// <summary>Answers a fake PBX gives, in XAPI's shapes.</summary>
public static class Reply
{
    public static Func<XapiRequest, HttpResponseMessage> Json(object value, int status = 200) =>
        _ => Text(status, JsonSerializer.Serialize(value), "application/json");

    /// <summary>An OData collection page: <c>{"value": [...]}</c>.</summary>
    public static Func<XapiRequest, HttpResponseMessage> Page(IEnumerable<object> items) => Json(new Dictionary<string, object> { ["value"] = items.ToArray() });

    public static Func<XapiRequest, HttpResponseMessage> Status(int status, string? retryAfter = null) => _ =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent([]) };
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = RetryConditionHeaderValue.Parse(retryAfter);
        }
        return response;
    };

    public static Func<XapiRequest, HttpResponseMessage> NoContent() => Status(204);

    /// <summary>A <c>Pbx.ODataErrors.ODataError</c> body.</summary>
    public static Func<XapiRequest, HttpResponseMessage> Error(int status, string code, string message, string? target = null, params (string Target, string Message)[] details) =>
        Json(new
        {
            error = new
            {
                code,
                message,
                target,
                details = details.Select(d => new { code, target = d.Target, message = d.Message }).ToArray(),
            },
        }, status);

    public static Func<XapiRequest, HttpResponseMessage> Body(int status, string text, string contentType) => _ => Text(status, text, contentType);

    public static Func<XapiRequest, HttpResponseMessage> Fail(Exception exception) => _ => throw exception;

    private static HttpResponseMessage Text(int status, string text, string contentType) =>
        new((HttpStatusCode)status) { Content = new StringContent(text, Encoding.UTF8, contentType) };
}
