using PbxBot.Application.PbxChanges;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Services;

/// <summary>
/// The one path that creates an extension — from the wizard and from an approved request alike: validate the
/// whole request against the PBX's current data with the actor's rights, then save the extension, its number,
/// membership, DID, audit entry and its creation on the PBX ("pending on the PBX") in one atomic commit. The PBX
/// change handler then creates the user on the PBX and queues the welcome e-mail once it has.
/// </summary>
public sealed class ExtensionCreation(PbxRepository repository, RulesService rules, PbxChangeQueue changes, TimeProvider time)
{
    /// <param name="origin">The turn whose card tells the outcome on the PBX, when there is one.</param>
    /// <param name="alsoCommit">More changes for the same atomic commit, given the extension about to be created (an approved request's decision).</param>
    /// <param name="audited">How the audit entry reads when it is not a plain creation (an undone deletion).</param>
    public async Task<CreationResult> CreateAsync(ExtensionDraft draft, Operator actor, ChangeOrigin? origin,
        Func<Extension, IReadOnlyList<Change>>? alsoCommit, CancellationToken ct, Func<AuditEntry, AuditEntry>? audited = null)
    {
        var snapshot = await repository.LoadSnapshotAsync(actor.PbxId, ct);
        var now = time.GetUtcNow();
        var validation = rules.ValidateExtension(draft, snapshot, actor, now);
        if (!validation.IsValid || validation.Value is null)
        {
            // A number taken since it was chosen: name the one free now, from the very data it was refused against.
            var nextFree = validation.Errors.Any(e => e.Code == ErrorCodes.NumberUsed) ? rules.FirstFreeNumber(snapshot) : null;
            return new CreationResult.Invalid(validation, nextFree);
        }
        var valid = validation.Value;
        var extension = valid with
        {
            CreatedAt = now,
            CreatedBy = actor.UserId,
            Require2FA = draft.Require2FA,
            Memberships = [new Membership(valid.Department, valid.Role)],
        };
        var target = $"extension:{extension.Number}";
        var audit = AuditEntries.For(actor, PbxChangeCards.ExtensionCreated, target, null, extension, now);
        audit = audited?.Invoke(audit) ?? audit;
        var order = changes.Order(actor, PbxChangeKind.CreateExtension, target, PbxChangeCards.ExtensionCreated, null, extension, origin,
            sendWelcomeEmail: extension.EmailAddress is not null);
        try
        {
            var created = await repository.CreateExtensionAsync(extension, audit, [], [.. order.Commit, .. alsoCommit?.Invoke(extension) ?? []], ct);
            changes.Committed(order, origin);
            return new CreationResult.Created(created, snapshot.FindDepartment(created.Department)?.Name ?? created.Department, order.Change);
        }
        catch (NumberTakenException e)
        {
            changes.Abandoned(order);
            return new CreationResult.NumberTaken(e.Number, e.NextFree);
        }
        catch (DidTakenException e)
        {
            changes.Abandoned(order);
            return new CreationResult.DidTaken(e.Did);
        }
        catch
        {
            changes.Abandoned(order);
            throw;
        }
    }
}

/// <summary>How an attempt to create an extension ended.</summary>
public abstract record CreationResult
{
    /// <param name="Change">Its creation on the PBX, pending: the welcome e-mail follows once the PBX has the user.</param>
    public sealed record Created(Extension Extension, string DepartmentName, PbxChange Change) : CreationResult;

    /// <param name="NextFreeNumber">When the number is among the refusals (taken since it was chosen): the first free one now.</param>
    public sealed record Invalid(Validation<Extension> Validation, string? NextFreeNumber = null) : CreationResult;

    /// <summary>Someone took the number between the review and the save.</summary>
    public sealed record NumberTaken(string Number, string? NextFree) : CreationResult;

    public sealed record DidTaken(string Did) : CreationResult;
}
