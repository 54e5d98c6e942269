using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Stores;
using PbxBot.Application.Wizards.Common;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.CreateDepartment;

/// <summary>
/// Seed 001: name, voice prompts (French), visible to all extensions, transcription (none); then members —
/// searched among existing extensions, each with a department role, the creator not added automatically;
/// then a review, and the save.
/// </summary>
public sealed class CreateDepartmentWizard : Wizard<CreateDepartmentState>
{
    public const string WizardName = "create-department";
    private const string Settings = "settings";
    private const string Members = "members";
    private const string Review = "review";

    private readonly RulesService rules;
    private readonly PbxRepository repository;
    private readonly PbxChangeQueue changes;
    private readonly PbxChangeCards outcomes;
    private readonly TimeProvider time;

    public CreateDepartmentWizard(RulesService rules, PbxRepository repository, PbxChangeQueue changes, PbxChangeCards outcomes, TimeProvider time)
    {
        this.rules = rules;
        this.repository = repository;
        this.changes = changes;
        this.outcomes = outcomes;
        this.time = time;
        Steps =
        [
            new(Settings, ShowSettings, SubmitSettings),
            new(Members, ShowMembers, SubmitMembers),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => CreateDepartmentText.Title;

    public override Text Description => CreateDepartmentText.Description;

    public override int HelpOrder => 20;

    public override bool IsAllowed(Operator op) => op.CanCreateDepartment();

    protected override Task<StartRefusal?> StartAsync(WizardContext context, CreateDepartmentState state, string? argument) => Task.FromResult<StartRefusal?>(null);

    protected override Text Summarize(CreateDepartmentState state) =>
        string.IsNullOrWhiteSpace(state.Name)
            ? CreateDepartmentText.SummaryNoName
            : CreateDepartmentText.Summary.With(state.Name);

    private Task<AdaptiveCard> ShowSettings(WizardTurn<CreateDepartmentState> t) =>
        Task.FromResult(DepartmentCards.Settings(t.Context.Cards, Values(t.State), t.Errors));

    private async Task<StepResult> SubmitSettings(WizardTurn<CreateDepartmentState> t)
    {
        DepartmentForm.ReadSettings(t);
        var validation = rules.ValidateDepartment(Draft(t.State, withMembers: false), await t.Context.SnapshotAsync(), t.Context.Operator);
        return t.Accept(validation, DepartmentFields.Name, DepartmentFields.Language, DepartmentFields.Transcription) ? StepResult.Next : StepResult.Stay;
    }

    private Task<AdaptiveCard> ShowMembers(WizardTurn<CreateDepartmentState> t) =>
        Task.FromResult(DepartmentCards.Members(t.Context.Cards, Values(t.State), t.Context.Operator.AssignableRoles(), t.Errors));

    private async Task<StepResult> SubmitMembers(WizardTurn<CreateDepartmentState> t)
    {
        if (await DepartmentForm.MembersAsync(t, repository) is { } stay)
        {
            return stay;
        }
        var validation = rules.ValidateDepartment(Draft(t.State, withMembers: true), await t.Context.SnapshotAsync(), t.Context.Operator);
        return t.Accept(validation, DepartmentFields.Members) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<CreateDepartmentState> t)
    {
        var validation = rules.ValidateDepartment(Draft(t.State, withMembers: true), await t.Context.SnapshotAsync(), t.Context.Operator);
        t.Accept(validation);
        return DepartmentCards.Review(t.Context.Cards, Values(t.State), t.Errors);
    }

    private async Task<StepResult> Confirm(WizardTurn<CreateDepartmentState> t)
    {
        var validation = rules.ValidateDepartment(Draft(t.State, withMembers: true), await t.Context.SnapshotAsync(), t.Context.Operator);
        if (!validation.IsValid || validation.Value is null)
        {
            t.Accept(validation);
            return StepResult.GoTo(validation.Errors.Any(e => e.Field == DepartmentFields.Members) ? Members : Settings);
        }
        var department = validation.Value;
        var target = $"department:{department.Key}";
        var audit = AuditEntries.For(t.Context.Operator, PbxChangeCards.DepartmentCreated, target, null, department, time.GetUtcNow());
        var order = changes.Order(t.Context.Operator, PbxChangeKind.CreateDepartment, target, PbxChangeCards.DepartmentCreated, null, department, t.Context.Origin);
        try
        {
            await repository.CreateDepartmentAsync(department, audit, t.Context.CancellationToken, order.Commit);
            changes.Committed(order, t.Context.Origin);
        }
        catch (DepartmentExistsException)
        {
            changes.Abandoned(order);
            t.Errors[DepartmentFields.Name] = CreateDepartmentText.Exists.Format(t.Language, department.Name);
            return StepResult.GoTo(Settings);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
        return StepResult.Finish(
            await outcomes.RenderAsync(order.Change, t.Context.CancellationToken),
            CreateDepartmentText.Created.With(department.Name, department.Members.Count));
    }

    private static DepartmentDraft Draft(CreateDepartmentState s, bool withMembers) => DepartmentForm.Draft(s, withMembers);

    private static DepartmentFormValues Values(CreateDepartmentState s) => DepartmentForm.Values(s);
}
