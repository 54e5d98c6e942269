using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PbxBot.Testing.Channel;

namespace PbxBot.Conversations.Tests.Startup;

/// <summary>
/// Fail closed: without a bot identity the bot runs — unauthenticated, for the Emulator and the playground — only in
/// Development. Anywhere else it refuses to start and says what to set, unless anonymous mode is asked for explicitly
/// (<c>Bot:AllowAnonymous=true</c>), which is then logged as a warning at every start.
/// </summary>
public sealed class WithoutAnIdentityOnlyDevelopmentRunsAnonymously
{
    [Fact]
    public async Task In_development_it_runs_without_authentication()
    {
        await using var rig = await IdentityRig.StartAsync();
        await using var bot = await rig.StartBotAsync([], environment: "Development");

        var (status, _) = await bot.PostAsync(TestActivities.Message(bot.Connector.ServiceUrl, "aide"), authorization: null);

        Assert.Equal(200, status);
        Assert.NotEmpty(await bot.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(rig.Logs.Contains(LogLevel.Warning, "BOT AUTHENTICATION IS OFF"));
        Assert.True(rig.Logs.Contains(LogLevel.Information, "authentication OFF"));
    }

    [Fact]
    public async Task In_production_it_refuses_to_start_and_says_what_to_set()
    {
        await using var rig = await IdentityRig.StartAsync();

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => rig.StartBotAsync([]));

        Assert.Contains("refuses to run without authentication outside Development", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowAnonymous=true", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_anonymous_mode_must_be_asked_for_and_is_warned_about()
    {
        await using var rig = await IdentityRig.StartAsync();
        await using var bot = await rig.StartBotAsync(new() { ["Bot:AllowAnonymous"] = "true" });

        var (status, _) = await bot.PostAsync(TestActivities.Message(bot.Connector.ServiceUrl, "aide"), authorization: null);

        Assert.Equal(200, status);
        Assert.True(rig.Logs.Contains(LogLevel.Warning, "BOT AUTHENTICATION IS OFF IN Production (Bot:AllowAnonymous=true)"));
    }

    [Fact]
    public async Task The_executable_exits_with_the_reason_instead_of_a_stack_trace()
    {
        var host = Path.Combine(AppContext.BaseDirectory, "PbxBot.dll");
        var data = Directory.CreateTempSubdirectory("pbxbot-refusal-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet", [host, "--urls=http://127.0.0.1:0", $"--Sqlite:Path={Path.Combine(data, "pbxbot.db")}"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = data,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            foreach (var name in new[] { "MicrosoftAppId", "Bot__MicrosoftAppId", "Bot__AllowAnonymous" })
            {
                start.Environment.Remove(name);
            }
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(1, process.ExitCode);
            var said = await stderr;
            Assert.Contains("PbxBot cannot start:", said, StringComparison.Ordinal);
            Assert.Contains("Bot:AllowAnonymous=true", said, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
