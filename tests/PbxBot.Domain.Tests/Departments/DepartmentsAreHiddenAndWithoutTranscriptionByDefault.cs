using PbxBot.Domain.Rules;
using PbxBot.Domain.Tests.Fixtures;

namespace PbxBot.Domain.Tests.Departments;

/// <summary>Seed 001: visibility to all extensions is an option to tick; transcription is "Pas de transcription" by default.</summary>
public sealed class DepartmentsAreHiddenAndWithoutTranscriptionByDefault
{
    private readonly RulesService rules = new();

    [Fact]
    public void ANewDepartmentIsNotGloballyVisibleAndNotTranscribed()
    {
        var department = rules.ValidateDepartment(new DepartmentDraft { Name = "Test Justine" }, SamplePbx.France(), Operators.SystemAdmin).Value!;

        Assert.False(department.GloballyVisible);
        Assert.Equal(TranscriptionMode.Nothing, department.TranscriptionMode);
    }

    [Fact]
    public void TheOptionsChosenAreKept()
    {
        var draft = new DepartmentDraft { Name = "Test Justine", GloballyVisible = true, TranscriptionMode = TranscriptionMode.Both };

        var department = rules.ValidateDepartment(draft, SamplePbx.France(), Operators.SystemAdmin).Value!;

        Assert.True(department.GloballyVisible);
        Assert.Equal(TranscriptionMode.Both, department.TranscriptionMode);
    }

    [Fact]
    public void ATranscriptionModeOutsideTheListIsRefused()
    {
        var draft = new DepartmentDraft { Name = "Test Justine", TranscriptionMode = (TranscriptionMode)42 };

        var error = rules.ValidateDepartment(draft, SamplePbx.France(), Operators.SystemAdmin).Error(ErrorCodes.DepartmentTranscriptionInvalid);

        Assert.Equal(DepartmentFields.Transcription, error.Field);
    }
}
