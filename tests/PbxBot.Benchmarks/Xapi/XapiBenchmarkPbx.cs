using System.Globalization;
using PbxBot.Benchmarks.Stores;
using PbxBot.Benchmarks.Turns;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Benchmarks.Xapi;

/// <summary>
/// The 3CX a size of the <c>xapi</c> benchmark runs on: a PBX of its own on the stand-in (5-digit extensions, tokens of
/// the stand-in's default 60 s) with <c>users</c> generated users from 20000 up, in 50 departments with office hours,
/// and 200 DIDs — as the rules and store benchmarks' PBX — and the host's settings that connect the bot to it.
/// </summary>
public static class XapiBenchmarkPbx
{
    public const int MaxUsers = BenchmarkPbx.FirstNew - BenchmarkPbx.FirstSeeded;
    public const int Departments = 50;
    public const int Dids = 200;

    /// <summary>The warm-up's extensions are numbered from here; the measured ones from <see cref="BenchmarkPbx.FirstNew"/>.</summary>
    public const int FirstWarmup = 60_000;

    public const int NewNumbers = FirstWarmup - BenchmarkPbx.FirstNew;

    public static async Task<StandInPbx> CreateAsync(StandInControl control, int users, CancellationToken ct)
    {
        var pbx = await control.CreatePbxAsync(new PbxOptions { ExtensionLength = 5, Fqdn = "bench.3cx.example" }, ct);
        try
        {
            await control.GenerateAsync(pbx, new GenerateRequest { Users = users, FirstNumber = BenchmarkPbx.FirstSeeded, Groups = Departments, Dids = Dids }, ct);
        }
        catch
        {
            await control.DeletePbxAsync(pbx, CancellationToken.None);
            throw;
        }
        return pbx;
    }

    /// <summary>
    /// The bot connected to <paramref name="pbx"/> as the benchmark's PBX (its grants are there), no sync at start nor on a
    /// schedule: the import is the one « synchroniser » the benchmark times, and no sync's reads mix with the creates' calls.
    /// </summary>
    public static Dictionary<string, string> HostSettings(StandInPbx pbx) => new()
    {
        ["Xapi:Url"] = pbx.BaseUrl.AbsoluteUri,
        ["Xapi:ClientId"] = pbx.ClientId,
        ["Xapi:ClientSecret"] = pbx.ClientSecret,
        ["Xapi:PbxId"] = BenchmarkStore.PbxId,
        ["Xapi:DisplayName"] = "Bench 3CX",
        ["PbxSync:OnStart"] = "false",
        ["PbxSync:Interval"] = TimeSpan.Zero.ToString("c", CultureInfo.InvariantCulture),
    };
}
