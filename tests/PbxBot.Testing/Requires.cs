using Xunit;

namespace PbxBot.Testing;

/// <summary>
/// Integration tests need real servers (Cosmos, SMTP, Chromium, Node). Without them a test is skipped with a
/// message naming what to set — except in CI (<c>CI=true</c>), where a skipped integration test is a failure.
/// </summary>
public static class Requires
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the variable's value, or skips (fails in CI) naming it.</summary>
    public static string Env(string name, string howToGetIt)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }
        Unavailable($"{name} is not set: {howToGetIt}");
        return null!;
    }

    /// <summary>Skips (fails in CI) when <paramref name="condition"/> is false.</summary>
    public static void That(bool condition, string reason)
    {
        if (!condition)
        {
            Unavailable(reason);
        }
    }

    public static void Unavailable(string reason)
    {
        if (InCi)
        {
            Assert.Fail($"Integration prerequisite missing in CI: {reason}");
        }
        Assert.Skip(reason);
    }

    public const string TestServersHint = "start the local servers with eval \"$(../shared/test-servers/up.sh)\" (see README, Tests)";
}
