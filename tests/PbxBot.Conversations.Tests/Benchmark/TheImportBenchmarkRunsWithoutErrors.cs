using PbxBot.Benchmarks.Import;

namespace PbxBot.Conversations.Tests.Benchmark;

/// <summary>
/// The <c>import</c> benchmark (README, Benchmarks, "Bulk import") on a tiny file: the host in its own process connected
/// to the XAPI stand-in, a CSV sent as a Teams file, the preview, Confirm, the summary and every row on the PBX. It
/// times nothing: it proves the benchmark still drives the import end to end, with three XAPI calls per row.
/// </summary>
public sealed class TheImportBenchmarkRunsWithoutErrors
{
    [Fact]
    public async Task ASmallFileIsImportedOntoThePbx()
    {
        using var progress = new StringWriter();

        var report = await ImportJobBenchmark.RunAsync(new ImportJobOptions { Rows = 30, Users = 5, Timeout = TimeSpan.FromMinutes(2) }, progress, TestContext.Current.CancellationToken);

        Assert.True(report.Errors.Count == 0, $"{report}\n{progress}");
        Assert.Equal(30, report.Rows);
        Assert.Equal(90, report.Calls);
        Assert.NotNull(report.ConfirmToOnPbx);
    }
}
