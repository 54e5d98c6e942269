using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Every benchmark class of this assembly; named through a benchmark type because the host's Program is referenced too.
// Out-of-process benchmarks build a copy of the whole bot first: on a small, busy machine that takes over
// BenchmarkDotNet's default two minutes.
BenchmarkSwitcher.FromAssembly(typeof(PbxBot.Benchmarks.Rules.RulesBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
