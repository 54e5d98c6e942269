using PbxBot.Application.Commands;

namespace PbxBot.Application.Wizards.Engine;

/// <summary>The wizards the bot offers, found by name (card data) or by the command that starts them.</summary>
public sealed class WizardCatalog(IEnumerable<IWizard> wizards, IEnumerable<IWizardStart> starts)
{
    private readonly IReadOnlyList<IWizard> all = wizards.ToArray();
    private readonly IReadOnlyList<IWizardStart> commands = starts.ToArray();

    public IReadOnlyList<IWizard> All => all;

    public IWizard? Named(string? name) => all.FirstOrDefault(w => w.Name == name);

    public IWizard? StartedBy(Intent intent) =>
        commands.FirstOrDefault(c => c.Intent == intent) is { } start ? Named(start.WizardName) : null;
}

/// <summary>Ties a command (intent) to the wizard it starts.</summary>
public interface IWizardStart
{
    Intent Intent { get; }

    string WizardName { get; }
}

public sealed record WizardStart(Intent Intent, string WizardName) : IWizardStart;
