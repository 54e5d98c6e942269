namespace PbxBot.Testing.Cards;

/// <summary>Finds the Node.js executables on PATH (without starting a process: cheap enough to ask every time).</summary>
public static class NodeJs
{
    public const string InstallHint = "install Node.js 20+ with npm (Debian: apt-get install nodejs npm)";

    public static string? Node => Find("node");

    public static string? Npm => Find("npm");

    private static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".cmd" } : [name];
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names)
            {
                var file = Path.Combine(directory, candidate);
                if (File.Exists(file))
                {
                    return file;
                }
            }
        }
        return null;
    }
}
