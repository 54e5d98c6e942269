namespace PbxBot.Channel.Tests;

internal static class Wait
{
    /// <summary>Generous for a loaded CI machine; a passing test never waits this long.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
}
