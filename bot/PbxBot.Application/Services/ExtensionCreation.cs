using PbxBot.Application.Conversations;
using PbxBot.Application.Mail;
using PbxBot.Application.Outbox;
using PbxBot.Application.Stores;
using PbxBot.Domain;
using PbxBot.Domain.Rules;

namespace PbxBot.Application.Services;

/// <summary>
/// The one path that creates an extension — from the wizard and from an approved request alike: validate the
/// whole request against the PBX's current data with the actor's rights, then save the extension, its number,
/// membership, DID, audit entry and welcome e-mail in one atomic commit.
/// </summary>
public sealed class ExtensionCreation(PbxRepository repository, RulesService rules, IOutboxSignal outbox, TimeProvider time)
{
    /// <param name="alsoCommit">More changes for the same atomic commit, given the extension about to be created (an approved request's decision).</param>
    public async Task<CreationResult> CreateAsync(ExtensionDraft draft, Operator actor, ConversationReference? notifyOnFailure,
        Func<Extension, IReadOnlyList<Change>>? alsoCommit, CancellationToken ct)
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
        var extension = validation.Value with { CreatedAt = now, CreatedBy = actor.UserId, Require2FA = draft.Require2FA };
        var audit = AuditEntries.For(actor, "extension.created", $"extension:{extension.Number}", null, extension, now);
        IReadOnlyList<OutboxMessage> mails = extension.EmailAddress is null
            ? []
            : [WelcomeEmailService.NewWelcomeEmail(snapshot.Settings.Id, extension.Number, snapshot.Settings.DefaultLanguage, now, notifyOnFailure)];
        try
        {
            var created = await repository.CreateExtensionAsync(extension, audit, mails, alsoCommit?.Invoke(extension), ct);
            if (mails.Count > 0)
            {
                outbox.Notify();
            }
            return new CreationResult.Created(created, snapshot.FindDepartment(created.Department)?.Name ?? created.Department, mails.Count > 0);
        }
        catch (NumberTakenException e)
        {
            return new CreationResult.NumberTaken(e.Number, e.NextFree);
        }
        catch (DidTakenException e)
        {
            return new CreationResult.DidTaken(e.Did);
        }
    }
}

/// <summary>How an attempt to create an extension ended.</summary>
public abstract record CreationResult
{
    public sealed record Created(Extension Extension, string DepartmentName, bool WelcomeEmailQueued) : CreationResult;

    /// <param name="NextFreeNumber">When the number is among the refusals (taken since it was chosen): the first free one now.</param>
    public sealed record Invalid(Validation<Extension> Validation, string? NextFreeNumber = null) : CreationResult;

    /// <summary>Someone took the number between the review and the save.</summary>
    public sealed record NumberTaken(string Number, string? NextFree) : CreationResult;

    public sealed record DidTaken(string Did) : CreationResult;
}
