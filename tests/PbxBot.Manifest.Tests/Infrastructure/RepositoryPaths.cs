using System.Reflection;

namespace PbxBot.Manifest.Tests.Infrastructure;

/// <summary>Where the sources the tests check live; the root is recorded at build time (see the .csproj).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PbxBot.RepositoryRoot").Value!;

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string PackScript => Path.Combine(Manifest, "pack.sh");

    public static string NodeTools => Path.Combine(Root, "tests", "PbxBot.Manifest.Tests", "js");
}
