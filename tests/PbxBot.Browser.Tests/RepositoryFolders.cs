namespace PbxBot.Browser.Tests;

/// <summary>Paths in the repository the tests run from (found by walking up to PbxBot.sln).</summary>
internal static class RepositoryFolders
{
    public static string? Root { get; } = FindRoot();

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PbxBot.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>TestResults/screenshots at the repository root (beside the TRX files of the README's test command), else beside the tests.</summary>
    public static string Screenshots => Path.Combine(Root ?? AppContext.BaseDirectory, "TestResults", "screenshots");
}
