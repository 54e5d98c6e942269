using PbxBot.Application.Commands;
using PbxBot.Application.PbxChanges;
using PbxBot.Application.Services;
using PbxBot.Application.Wizards.Engine;
using PbxBot.Cards.Builders;
using PbxBot.Cards.Model;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Wizards.CreateExtension;

/// <summary>
/// Seed 000, steps 3 to 8: number (the first free one proposed), names, e-mail and mobile; then department,
/// role (only those below the operator's), 2FA (off) and DID; then a review, and the save.
/// </summary>
public sealed class CreateExtensionWizard : Wizard<CreateExtensionState>
{
    public const string WizardName = "create-extension";
    private const string Identity = "identity";
    private const string Placement = "placement";
    private const string Review = "review";

    private readonly RulesService rules;
    private readonly ExtensionCreation creation;
    private readonly PbxChangeCards outcomes;

    public CreateExtensionWizard(RulesService rules, ExtensionCreation creation, PbxChangeCards outcomes)
    {
        this.rules = rules;
        this.creation = creation;
        this.outcomes = outcomes;
        Steps =
        [
            new(Identity, ShowIdentity, SubmitIdentity),
            new(Placement, ShowPlacement, SubmitPlacement),
            new(Review, ShowReview, Confirm),
        ];
    }

    public override string Name => WizardName;

    public override Text Title => CreateExtensionText.Title;

    public override Text Description => CreateExtensionText.Description;

    public override int HelpOrder => 10;

    public override bool IsAllowed(Operator op) => op.CanCreateExtension(null);

    protected override async Task<StartRefusal?> StartAsync(WizardContext context, CreateExtensionState state, string? argument)
    {
        var pbx = await context.SnapshotAsync();
        var departments = pbx.Departments.Where(d => context.Operator.CanCreateExtension(d.Key)).ToArray();
        if (departments.Length == 0)
        {
            return new StartRefusal(CreateExtensionText.NoDepartment);
        }
        if (context.Operator.AssignableRoles().Count == 0)
        {
            return new StartRefusal(CreateExtensionText.NoRoleToGive);
        }
        state.Number = rules.FirstFreeNumber(pbx);
        // "nouvelle extension au support": that department, when it is one the operator may create in.
        state.Department = (Named(departments, argument) ?? departments.FirstOrDefault(d => d.IsDefault) ?? departments[0]).Key;
        state.Role = Role.Users.RoleName();
        state.Require2FA = false;
        return null;
    }

    protected override Text Summarize(CreateExtensionState state)
    {
        var name = $"{state.FirstName} {state.LastName}".Trim();
        return name.Length == 0
            ? CreateExtensionText.SummaryNoName.With(state.Number)
            : CreateExtensionText.Summary.With(state.Number, name);
    }

    private async Task<AdaptiveCard> ShowIdentity(WizardTurn<CreateExtensionState> t) =>
        ExtensionCards.Identity(t.Context.Cards, ExtensionForm.Values(t.State), await OptionsAsync(t), t.Errors, t.Warnings, ExtensionCardMode.Create);

    private async Task<StepResult> SubmitIdentity(WizardTurn<CreateExtensionState> t)
    {
        ExtensionForm.ReadIdentity(t);
        var validation = rules.ValidateExtension(ExtensionForm.Draft(t.State), await t.Context.SnapshotAsync(), t.Context.Operator, t.Context.Now);
        return t.Accept(validation, ExtensionForm.IdentityFields) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowPlacement(WizardTurn<CreateExtensionState> t) =>
        ExtensionCards.Placement(t.Context.Cards, ExtensionForm.Values(t.State), await OptionsAsync(t), t.Errors, t.Warnings, ExtensionCardMode.Create);

    private async Task<StepResult> SubmitPlacement(WizardTurn<CreateExtensionState> t)
    {
        ExtensionForm.ReadPlacement(t);
        var validation = rules.ValidateExtension(ExtensionForm.Draft(t.State), await t.Context.SnapshotAsync(), t.Context.Operator, t.Context.Now);
        return t.Accept(validation, ExtensionForm.PlacementFields) ? StepResult.Next : StepResult.Stay;
    }

    private async Task<AdaptiveCard> ShowReview(WizardTurn<CreateExtensionState> t)
    {
        var validation = rules.ValidateExtension(ExtensionForm.Draft(t.State), await t.Context.SnapshotAsync(), t.Context.Operator, t.Context.Now);
        t.Accept(validation);
        return ExtensionCards.Review(t.Context.Cards, ExtensionForm.Values(validation.Value is { } v ? Normalised(t.State, v) : t.State), await OptionsAsync(t), t.Warnings, ExtensionCardMode.Create);
    }

    /// <summary>Seed 000, step 8: "Vérifiez toutes les informations saisies" then save — re-validated against fresh data.</summary>
    private async Task<StepResult> Confirm(WizardTurn<CreateExtensionState> t)
    {
        var result = await creation.CreateAsync(ExtensionForm.Draft(t.State), t.Context.Operator, t.Context.Origin, null, t.Context.CancellationToken);
        switch (result)
        {
            case CreationResult.Created created:
                var e = created.Extension;
                return StepResult.Finish(await outcomes.RenderAsync(created.Change, t.Context.CancellationToken), CreateExtensionText.Created.With(e.Number, e.DisplayName));
            case CreationResult.NumberTaken taken:
                t.State.Number = taken.NextFree;
                t.Errors[ExtensionFields.Number] = CreateExtensionText.NumberTaken.Format(t.Language, taken.Number, taken.NextFree ?? "—");
                return StepResult.GoTo(Identity);
            case CreationResult.DidTaken did:
                t.State.Did = null;
                t.Errors[ExtensionFields.Did] = CreateExtensionText.DidTaken.Format(t.Language, did.Did);
                return StepResult.GoTo(Placement);
            case CreationResult.Invalid invalid when invalid.Validation.Errors.Any(x => x.Code == ErrorCodes.NumberUsed):
                // Free at the review, taken before the save: propose the next free number, as 3CX would.
                var wanted = t.State.Number ?? "";
                t.State.Number = invalid.NextFreeNumber;
                t.Accept(invalid.Validation);
                t.Errors[ExtensionFields.Number] = CreateExtensionText.NumberTaken.Format(t.Language, wanted, t.State.Number ?? "—");
                return StepResult.GoTo(Identity);
            case CreationResult.Invalid invalid:
                t.Accept(invalid.Validation);
                return StepResult.GoTo(invalid.Validation.Errors.Any(x => ExtensionForm.IdentityFields.Contains(x.Field)) ? Identity : Placement);
            default:
                throw new InvalidOperationException(result.GetType().Name);
        }
    }

    private static Department? Named(IReadOnlyList<Department> departments, string? argument)
    {
        var words = TextNormalizer.Normalize(argument);
        return words.Length == 0
            ? null
            : departments.FirstOrDefault(d => d.Key == DepartmentKey.From(words))
                ?? departments.FirstOrDefault(d => TextNormalizer.Normalize(d.Name).Contains(words, StringComparison.Ordinal));
    }

    private static async Task<ExtensionFormOptions> OptionsAsync(WizardTurn<CreateExtensionState> t)
    {
        var op = t.Context.Operator;
        var pbx = await t.Context.SnapshotAsync();
        return ExtensionForm.Options(pbx, op, op.AssignableRoles(), onlyActorsDepartments: !op.Role.GetValueOrDefault().IsSystemRole());
    }

    private static CreateExtensionState Normalised(CreateExtensionState s, Extension e) => new()
    {
        Number = e.Number,
        FirstName = e.FirstName,
        LastName = e.LastName,
        Email = e.EmailAddress,
        Mobile = e.Mobile,
        Department = e.Department,
        Role = e.Role.RoleName(),
        Require2FA = s.Require2FA,
        Did = e.Did,
    };
}
