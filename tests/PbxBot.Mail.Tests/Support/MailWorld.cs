using PbxBot.Application.PhoneSystem;
using PbxBot.Domain.Rules;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PbxBot.Application.Conversations;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Mail;
using PbxBot.Testing.Mail;

namespace PbxBot.Mail.Tests.Support;

/// <summary>
/// One PBX in a fresh store, a fake clock, and the welcome e-mail pipeline wired as the bot wires it, with the
/// pieces a test wants to swap (the mail sender, the outbox store) as parameters.
/// </summary>
internal sealed class MailWorld : IAsyncDisposable
{
    public const string PbxId = "pbx-acme";
    public const string DepartmentKey = "support-elite";

    private readonly TestStore store;

    private MailWorld(TestStore store, Language language)
    {
        this.store = store;
        Language = language;
        Directory.CreateDirectory(TempDirectory);
        Mail.PickupDirectory = Path.Combine(TempDirectory, "pickup");
    }

    public Language Language { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public IPbxStore Store => store.Pbx;

    public IOutboxStore Outbox => store.Outbox;

    public string TempDirectory { get; } = Path.Combine(Path.GetTempPath(), "pbxbot-mail-tests", Guid.NewGuid().ToString("N"));

    public OutboxOptions OutboxOptions { get; } = new();

    public MailOptions Mail { get; } = new() { PublicBaseUrl = new Uri("https://bot.acme.example/") };

    /// <summary>Mutable: a test can point the sender elsewhere between attempts (the server "comes back").</summary>
    public SmtpOptions Smtp { get; } = new() { From = "pbxbot@acme.example", FromName = "PbxBot Acme", Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(5) };

    public RecordingMessenger Messenger { get; } = new();

    public OutboxSignal Signal { get; } = new();

    public static readonly ConversationReference Operator = new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ConversationId = "a:operator-chat",
        ConversationType = "personal",
        BotId = "28:pbxbot",
    };

    public static async Task<MailWorld> CreateAsync(Language language = Language.French)
    {
        var world = new MailWorld(await TestStore.CreateAsync(), language);
        await world.Store.CommitAsync(PbxId,
        [
            new Change.Create(new PbxDocument(DocumentKinds.SettingsId, DocumentKinds.Settings, new PbxSettings
            {
                Id = PbxId,
                DisplayName = "Acme Téléphonie",
                Country = "FR",
                DefaultLanguage = language,
                DialPlan = DialPlan.Single(100, 899),
                WebClientUrl = new Uri("https://acme.3cx.fr/"),
            })),
            new Change.Create(new PbxDocument(DocumentKinds.DepartmentId(DepartmentKey), DocumentKinds.Department, new Department { Key = DepartmentKey, Name = "Support Élite" })),
        ], CancellationToken.None);
        return world;
    }

    /// <summary>Saves an extension and its welcome e-mail in one commit, as the create-extension wizard does.</summary>
    public async Task<OutboxMessage> CreateExtensionAsync(string number, string? email, string? did = null, ConversationReference? notify = null)
    {
        var extension = new Extension
        {
            Number = number,
            FirstName = "Marie",
            LastName = "Curie",
            EmailAddress = email,
            Department = DepartmentKey,
            Did = did,
            CreatedAt = Time.GetUtcNow(),
            CreatedBy = "operator-1",
        };
        var message = WelcomeEmailService.NewWelcomeEmail(PbxId, number, Language, Time.GetUtcNow(), notify ?? Operator);
        await Store.CommitAsync(PbxId, [new Change.Create(ExtensionDocument.Of(extension)), OutboxDocument.Enqueue(message)], CancellationToken.None);
        Signal.Notify();
        return message;
    }

    public async Task<Stored<Extension>> ExtensionAsync(string number) =>
        await Store.GetAsync<Extension>(PbxId, DocumentKinds.ExtensionId(number), CancellationToken.None)
        ?? throw new InvalidOperationException($"extension {number} not found");

    public async Task<OutboxMessage> MessageAsync(string id) =>
        (await Store.GetAsync<OutboxMessage>(PbxId, DocumentKinds.OutboxId(id), CancellationToken.None))?.Value
        ?? throw new InvalidOperationException($"outbox message {id} not found");

    public IMailSender SmtpSender() => new SmtpMailSender(Options.Create(Smtp), NullLogger<SmtpMailSender>.Instance);

    public PickupDirectoryMailSender PickupSender() => new(Options.Create(Mail), NullLogger<PickupDirectoryMailSender>.Instance);

    public WelcomeEmailComposer Composer() => new(Options.Create(Smtp), Time);

    public IWelcomeMailer Mailer(IMailSender sender) => new WelcomeMailer(Composer(), sender);

    public WelcomeEmailHandler Handler(IWelcomeMailer mailer) =>
        new(Store, mailer, new DemoPhoneSystems(new PbxRepository(Store, new RulesService())), Options.Create(Mail), Time, NullLogger<WelcomeEmailHandler>.Instance);

    public OutboxWorker Worker(IWelcomeMailer mailer, IOutboxStore? outbox = null, params IOutboxObserver[] observers) =>
        new(outbox ?? Outbox,
            [Handler(mailer)],
            new OutboxFailureNotifier(Messenger, NullLogger<OutboxFailureNotifier>.Instance),
            observers,
            Signal,
            Options.Create(OutboxOptions),
            Time,
            NullLogger<OutboxWorker>.Instance);

    public WelcomeEmailService Service() => new(Store, Outbox, Signal, Time);

    /// <summary>Moves the fake clock past the message's backoff, so that it is due again.</summary>
    public void AdvanceUntilDue(OutboxMessage message)
    {
        var due = DateTimeOffset.FromUnixTimeMilliseconds(message.DueAtMs);
        if (due > Time.GetUtcNow())
        {
            Time.SetUtcNow(due);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Signal.Dispose();
        await store.DisposeAsync();
        try
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
