using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PbxBot.Application.Mail;

namespace PbxBot.Application.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// The outbox: its delivery worker (a hosted service), the in-process signal that wakes it after a commit,
    /// the welcome e-mail handler and service. Needs an <see cref="IOutboxStore"/>, an <c>IPbxStore</c>, an
    /// <see cref="IWelcomeMailer"/> (<c>AddWelcomeMail</c>) and an <c>IProactiveMessenger</c>. More handlers
    /// (one per <see cref="OutboxKind"/>) and <see cref="IOutboxObserver"/>s are added with
    /// <c>services.AddSingleton&lt;IOutboxHandler, …&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.Lease > TimeSpan.Zero && o.MaxAttempts >= 1 && o.BatchSize >= 1
                && o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay, "Outbox: PollInterval, Lease, BaseDelay must be positive, MaxAttempts and BatchSize at least 1, MaxDelay at least BaseDelay.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.TryAddSingleton<OutboxFailureNotifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, WelcomeEmailHandler>());
        // Welcome e-mails are sent by the PBX when one is connected; without one, every PBX is a demo one over the store.
        services.TryAddSingleton<Domain.Rules.RulesService>();
        services.TryAddSingleton<Stores.PbxRepository>();
        services.TryAddSingleton<PhoneSystem.DemoPhoneSystems>();
        services.TryAddSingleton<PhoneSystem.IPhoneSystems>(sp => sp.GetRequiredService<PhoneSystem.DemoPhoneSystems>());
        services.TryAddSingleton<WelcomeEmailService>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
