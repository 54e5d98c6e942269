using PbxBot.Benchmarks.Xapi;

namespace PbxBot.Conversations.Tests.Benchmark;

/// <summary>
/// The <c>xapi</c> benchmark (README, Benchmarks, "The 3CX (XAPI)") on two tiny PBXes: the host in its own process
/// connected to the XAPI stand-in (<c>XAPI_STANDIN_URL</c>, or one the benchmark starts), the import, operators creating
/// extensions through the wizard. It times nothing: it proves the benchmark still drives the bot end to end and that
/// the XAPI calls per created extension come out the same on both sizes.
/// </summary>
public sealed class TheXapiBenchmarkRunsWithoutErrors
{
    [Fact]
    public async Task TwoPbxSizesAreImportedAndTheirCreatesTakeTheSameXapiCallsEach()
    {
        var options = new XapiBenchmarkOptions
        {
            Users = [5, 60],
            Creates = 12,
            Warmup = TimeSpan.FromSeconds(1),
            Conversations = 3,
            Timeout = TimeSpan.FromMinutes(2),
            // Pages of 20: the 60-user import reads its users in several pages.
            HostArguments = ["--Xapi:PageSize=20"],
        };
        using var progress = new StringWriter();

        var report = await XapiBenchmark.RunAsync(options, progress, TestContext.Current.CancellationToken);

        Assert.True(report.Errors == 0, $"{report}\n{progress}");
        Assert.All(report.Sizes, s => Assert.Equal(12, s.Created));
        var perCreate = report.Sizes.Select(s => s.CreateCalls / (double)s.Created).Distinct().ToArray();
        Assert.True(perCreate is [> 0], $"XAPI calls per created extension differ between sizes, or none were counted:\n{report}");
        Assert.True(report.Sizes[1].Import.Operations.Single(o => o.Operation == "GET Users").Count > report.Sizes[0].Import.Operations.Single(o => o.Operation == "GET Users").Count,
            $"The larger import did not read more pages of users:\n{report}");
        Assert.All(report.Sizes, s => Assert.Equal(s.Created, s.ConfirmToAppliedMs.Length));
    }
}
