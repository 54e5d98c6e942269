using System.Text.RegularExpressions;
using System.Xml.Linq;
using PbxBot.Manifest.Tests.Infrastructure;

namespace PbxBot.Manifest.Tests;

/// <summary>
/// No container engine runs here, so the Dockerfile is checked against the code it packages: it publishes the Host
/// project, starts the assembly that project builds, and probes a health endpoint the bot maps, on the port it
/// exposes.
/// </summary>
public sealed partial class DockerfileRunsTheHost
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
    private static readonly string HostProject = Path.Combine(RepositoryPaths.Root, "bot", "PbxBot.Host", "PbxBot.Host.csproj");

    [Fact]
    public void PublishedProject_IsTheHost()
    {
        var published = PublishCommand().Match(Dockerfile);

        Assert.True(published.Success, "the Dockerfile should run dotnet publish on a .csproj");
        Assert.Equal(HostProject, Path.GetFullPath(Path.Combine(RepositoryPaths.Root, published.Groups["project"].Value)));
    }

    [Fact]
    public void Entrypoint_StartsTheHostsAssembly()
    {
        var assemblyName = XDocument.Load(HostProject).Descendants("AssemblyName").Single().Value;

        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{assemblyName}.dll\"]", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthCheck_ProbesAPathTheBotMaps_OnTheExposedPort()
    {
        var probe = HealthProbe().Match(Dockerfile);
        Assert.True(probe.Success, "the HEALTHCHECK should probe http://127.0.0.1:<port>/<path>");
        // The Host or one of the projects it wires (the channel maps its own endpoints) must map that path.
        var botSources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "bot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

        var path = probe.Groups["path"].Value;
        Assert.True(
            botSources.Any(source => source.Contains($"\"{path}\"", StringComparison.Ordinal)),
            $"no code under bot/ maps \"{path}\": the container's HEALTHCHECK would report it unhealthy");
        Assert.Contains($"ASPNETCORE_HTTP_PORTS={probe.Groups["port"].Value}", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($"EXPOSE {probe.Groups["port"].Value}", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_RunsAsTheNonRootUser()
    {
        var runtimeStage = Dockerfile[Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.Contains("USER $APP_UID", runtimeStage, StringComparison.Ordinal);
        Assert.True(
            runtimeStage.IndexOf("USER $APP_UID", StringComparison.Ordinal) < runtimeStage.IndexOf("ENTRYPOINT", StringComparison.Ordinal),
            "the user must be switched before the entry point");
    }

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"HEALTHCHECK[\s\S]*?http://127\.0\.0\.1:(?<port>\d+)(?<path>/\S*)")]
    private static partial Regex HealthProbe();
}
