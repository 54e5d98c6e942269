// Not typeof(Program): the bot's own Program (public, for WebApplicationFactory-style hosting) is referenced too.
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(PbxBot.Benchmarks.Rules.RulesBenchmarks).Assembly).Run(args);
