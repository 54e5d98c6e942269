// Every benchmark class of this assembly; named through a benchmark type because the host's Program is referenced too.
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(PbxBot.Benchmarks.Rules.RulesBenchmarks).Assembly).Run(args);
