using System.Net.Http.Json;
using System.Text.Json.Serialization;
using MimeKit;

namespace PbxBot.Testing.Mail;

/// <summary>
/// The real SMTP test server (maildev, started by <c>shared/test-servers/up.sh</c>): where to send, and the
/// messages it received, read back through its REST API and parsed with MimeKit. Tests running in parallel share
/// it: each uses its own recipient addresses instead of emptying it.
/// </summary>
public sealed class MailDevInbox : IDisposable
{
    private readonly HttpClient http = new();
    private readonly string api;

    private MailDevInbox(string host, int port, string api)
    {
        Host = host;
        Port = port;
        this.api = api.TrimEnd('/');
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>The inbox of the servers that up.sh started; skips the test (fails in CI) when they are not running.</summary>
    public static MailDevInbox FromEnvironment()
    {
        var host = Requires.Env("SMTP_HOST", Requires.TestServersHint);
        var port = int.Parse(Requires.Env("SMTP_PORT", Requires.TestServersHint), System.Globalization.CultureInfo.InvariantCulture);
        var api = Requires.Env("MAIL_API", Requires.TestServersHint);
        return new MailDevInbox(host, port, api);
    }

    /// <summary>An address no other test uses.</summary>
    public static string UniqueAddress(string who = "user") => $"{who}.{Guid.NewGuid():N}@example.test";

    /// <summary>The messages received for <paramref name="to"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ReceivedForAsync(string to, CancellationToken cancellationToken)
    {
        var listed = await http.GetFromJsonAsync<List<Listed>>($"{api}?to.address={Uri.EscapeDataString(to)}", cancellationToken) ?? [];
        var messages = new List<MimeMessage>();
        foreach (var mail in listed)
        {
            await using var source = await http.GetStreamAsync(new Uri($"{api}/{Uri.EscapeDataString(mail.Id)}/source"), cancellationToken);
            using var buffered = new MemoryStream();
            await source.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
            messages.Add(await MimeMessage.LoadAsync(buffered, cancellationToken));
        }
        return messages;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived for <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string to, int count, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        IReadOnlyList<MimeMessage> received = [];
        await Eventually.TrueAsync(async () => (received = await ReceivedForAsync(to, cancellationToken)).Count >= count,
            $"{count} mail(s) for {to} in maildev", cancellationToken, timeout);
        return received;
    }

    public void Dispose() => http.Dispose();

    private sealed record Listed([property: JsonPropertyName("id")] string Id);
}
