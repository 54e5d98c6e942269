using PbxBot.Benchmarks.Turns;

namespace PbxBot.Conversations.Tests.Benchmark;

/// <summary>
/// A few hundred turns of the end-to-end turn benchmark (README, Benchmarks): the host in its own process, operators
/// playing the whole create-extension wizard and "aide" side by side, every reply checked. It times nothing: it proves
/// the benchmark still drives the bot as Teams does and that no turn goes wrong under a little concurrency.
/// </summary>
public sealed class TheTurnBenchmarkRunsWithoutErrors
{
    [Fact]
    public async Task FourOperatorsPlayThreeHundredTurnsAndEveryReplyIsTheOneExpected()
    {
        var options = new TurnBenchmarkOptions
        {
            Conversations = 4,
            Warmup = TimeSpan.FromSeconds(1),
            MaxTurns = 300,
            Duration = TimeSpan.FromSeconds(30),
        };
        using var progress = new StringWriter();

        var report = await TurnBenchmark.RunAsync(options, progress, TestContext.Current.CancellationToken);

        Assert.True(report.Errors == 0, $"{report}\n{progress}");
        Assert.True(report.Turns >= 300, report.ToString());
        Assert.True(report.RoundTripsPerTurn > 0, "The host's store round trips were not read.\n" + report);
    }
}
