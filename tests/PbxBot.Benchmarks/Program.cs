using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PbxBot.Benchmarks.Import;
using PbxBot.Benchmarks.Turns;
using PbxBot.Benchmarks.Xapi;

// `turns …`: the end-to-end turn benchmark; `xapi …`: the 3CX side; `import …`: a bulk import onto the 3CX (README, Benchmarks). Anything else goes to BenchmarkDotNet.
if (args is ["turns", .. var turnArguments])
{
    var report = await TurnBenchmark.RunAsync(TurnBenchmarkOptions.Parse(turnArguments), Console.Out, CancellationToken.None);
    Console.WriteLine(report);
    return report.Errors == 0 ? 0 : 1;
}
if (args is ["xapi", .. var xapiArguments])
{
    var report = await XapiBenchmark.RunAsync(XapiBenchmarkOptions.Parse(xapiArguments), Console.Out, CancellationToken.None);
    Console.WriteLine(report);
    return report.Errors == 0 ? 0 : 1;
}
if (args is ["import", .. var importArguments])
{
    var report = await ImportJobBenchmark.RunAsync(ImportJobOptions.Parse(importArguments), Console.Out, CancellationToken.None);
    Console.WriteLine(report);
    return report.Errors.Count == 0 ? 0 : 1;
}

// Every benchmark class of this assembly; named through a benchmark type because the host's Program is referenced too.
// Out-of-process benchmarks build a copy of the whole bot first: on a small, busy machine that takes over
// BenchmarkDotNet's default two minutes.
BenchmarkSwitcher.FromAssembly(typeof(PbxBot.Benchmarks.Rules.RulesBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
return 0;
