using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PbxBot.Application.Access;
using PbxBot.Application.Bot;
using PbxBot.Application.Commands;
using PbxBot.Application.History;
using PbxBot.Application.Conversations;
using PbxBot.Application.Outbox;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Sync;
using PbxBot.Application.Requests;
using PbxBot.Application.Wizards.GrantAccess;
using PbxBot.Application.Wizards.RequestExtension;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.CreateDepartment;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.CreateExtension;
using PbxBot.Application.Wizards.DeleteDepartment;
using PbxBot.Application.Wizards.DeleteExtension;
using PbxBot.Application.Wizards.EditDepartment;
using PbxBot.Application.Wizards.EditExtension;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Application.Wizards.OfficeHours;
using PbxBot.Application.Wizards.PrimaryDepartment;
using PbxBot.Application.Wizards.ResendWelcome;
using PbxBot.Application.Wizards.Undo;
using PbxBot.Application.Undo;
using PbxBot.Domain.Rules;

namespace PbxBot.Application;

public static class ApplicationExtensions
{
    /// <summary>
    /// The bot itself: access rights, the wizards and their engine, the rules service, the outbox. Needs a store
    /// (<c>AddSqliteStore</c>/<c>AddCosmosStore</c>), a mailer (<c>AddWelcomeMail</c>) and the channel's
    /// <see cref="IProactiveMessenger"/> and <see cref="ITeamsRoster"/> (<c>AddBotChannel</c>; without it no UPN is ever known).
    /// </summary>
    public static IHostApplicationBuilder AddPbxBotApplication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RulesService>();
        services.AddSingleton<PbxRepository>();
        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<UserDirectory>();
        services.TryAddSingleton<ITeamsRoster, NoTeamsRoster>();
        services.TryAddSingleton<DemoPhoneSystems>();
        services.TryAddSingleton<IPhoneSystems>(sp => sp.GetRequiredService<DemoPhoneSystems>());
        services.AddSingleton<WizardSessionStore>();
        services.AddSingleton<WizardEngine>();
        services.AddSingleton<WizardCatalog>();
        services.AddSingleton<HelpMenu>();
        services.AddSingleton<ExtensionCreation>();
        // Every confirmed change goes to the PBX through the outbox, and its card follows it there.
        services.AddSingleton<CardDeliveryGate>();
        services.AddSingleton<PbxChangeQueue>();
        services.AddSingleton<PbxChangeCards>();
        services.AddSingleton<PbxChangeOutcomes>();
        services.AddSingleton<IOutboxHandler, PbxChangeHandler>();
        services.AddSingleton<IOutboxObserver, PbxChangeFailures>();
        services.AddSingleton<ICardActionHandler, PbxChangeActions>();
        // The store's copy of each connected PBX: at start, on a schedule, on demand.
        services.AddOptions<PbxSyncOptions>().BindConfiguration(PbxSyncOptions.Section);
        services.AddSingleton<PbxSync>();
        services.AddHostedService<PbxSyncSchedule>();
        services.AddSingleton<IOutboxHandler, PbxSyncHandler>();
        services.AddSingleton<PbxCommands>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<PbxCommands>());
        services.AddSingleton<IHelpEntrySource>(sp => sp.GetRequiredService<PbxCommands>());
        services.AddSingleton<IBot, PbxTurnHandler>();
        services.AddOutbox();
        services.AddSingleton<IOutboxHandler, TeamsNotificationHandler>();
        services.AddSingleton<IOutboxObserver, WelcomeStatusCards>();
        services.AddSingleton<RequestNotifications>();
        services.AddSingleton<RequestViews>();
        services.AddSingleton<ICardActionHandler, RequestActions>();
        services.AddSingleton<RequestCommands>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<RequestCommands>());
        services.AddSingleton<IHelpEntrySource>(sp => sp.GetRequiredService<RequestCommands>());
        services.AddSingleton<ICommandHandler, ApprovalChannelCommand>();

        AddWizard<CreateExtensionWizard>(services, Intent.CreateExtension, CreateExtensionWizard.WizardName);
        AddWizard<CreateDepartmentWizard>(services, Intent.CreateDepartment, CreateDepartmentWizard.WizardName);
        AddWizard<OfficeHoursWizard>(services, Intent.OfficeHours, OfficeHoursWizard.WizardName);
        AddWizard<PrimaryDepartmentWizard>(services, Intent.PrimaryDepartment, PrimaryDepartmentWizard.WizardName);
        AddWizard<ResendWelcomeWizard>(services, Intent.ResendWelcome, ResendWelcomeWizard.WizardName);
        AddWizard<RequestExtensionWizard>(services, Intent.RequestExtension, RequestExtensionWizard.WizardName);
        AddWizard<GrantAccessWizard>(services, Intent.GrantAccess, GrantAccessWizard.WizardName);
        services.AddSingleton<ExtensionLookup>();
        AddWizard<EditExtensionWizard>(services, Intent.EditExtension, EditExtensionWizard.WizardName);
        AddWizard<DeleteExtensionWizard>(services, Intent.DeleteExtension, DeleteExtensionWizard.WizardName);
        AddWizard<EditDepartmentWizard>(services, Intent.EditDepartment, EditDepartmentWizard.WizardName);
        AddWizard<DeleteDepartmentWizard>(services, Intent.DeleteDepartment, DeleteDepartmentWizard.WizardName);
        services.AddSingleton<ChangeTargets>();
        services.AddSingleton<UndoPlanner>();

        // Bulk import and export: the preview in the turn, the creation in the outbox, files behind expiring links.
        services.AddSingleton<Import.ImportJobs>();
        services.AddSingleton<Import.ImportPlanner>();
        services.AddSingleton<Downloads.DownloadLinks>();
        services.AddSingleton<Import.ImportCommands>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<Import.ImportCommands>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<Import.ImportCommands>());
        services.AddSingleton<IHelpEntrySource>(sp => sp.GetRequiredService<Import.ImportCommands>());
        services.AddSingleton<IOutboxHandler, Import.ImportJobHandler>();
        services.AddSingleton<ChangeReversal>();
        AddWizard<UndoWizard>(services, Intent.Undo, UndoWizard.WizardName);
        // « historique de 105 », « journal »: read-only, answered directly, paged by their card's buttons.
        services.AddSingleton<ChangeHistory>();
        services.AddSingleton<HistoryCommands>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<HistoryCommands>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<HistoryCommands>());
        services.AddSingleton<IHelpEntrySource>(sp => sp.GetRequiredService<HistoryCommands>());
        return builder;
    }

    private static void AddWizard<TWizard>(IServiceCollection services, Intent intent, string name)
        where TWizard : class, IWizard
    {
        services.AddSingleton<IWizard, TWizard>();
        services.AddSingleton<IWizardStart>(new WizardStart(intent, name));
    }
}
