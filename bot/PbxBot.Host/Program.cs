using Microsoft.Extensions.Options;
using PbxBot.Host;

try
{
    PbxBotApp.Build(args).Run();
    return 0;
}
catch (OptionsValidationException e)
{
    // A configuration the bot must not run with (no bot identity outside Development, conflicting keys…): say what
    // to fix, without a stack trace, and exit non-zero so that a container restart loop shows it.
    Console.Error.WriteLine("PbxBot cannot start:");
    foreach (var failure in e.Failures)
    {
        Console.Error.WriteLine($"  - {failure}");
    }
    return 1;
}

/// <summary>The entry point, visible to tests that host the bot in-process.</summary>
public partial class Program;
