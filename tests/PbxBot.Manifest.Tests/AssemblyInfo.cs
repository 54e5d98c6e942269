using PbxBot.Manifest.Tests.Infrastructure;

// pack.sh runs once for the whole test run; the tests share its zip.
[assembly: AssemblyFixture(typeof(AppPackage))]
