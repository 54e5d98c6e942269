namespace PbxBot.Pbx.Xapi.StandIn.Control;

/// <summary>
/// Finds the stand-in for a test run: the one CI started when <c>XAPI_STANDIN_URL</c> is set (see start.sh), otherwise
/// one started in-process on first use and shared by every test of the process. Tests isolate themselves by creating
/// their own PBX (<see cref="StandInControl.CreatePbxAsync"/>), never by starting servers.
/// </summary>
public static class SharedStandIn
{
    public const string UrlVariable = "XAPI_STANDIN_URL";

    private static readonly Lazy<Task<StandInControl>> Instance = new(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<StandInControl> GetAsync() => Instance.Value;

    private static async Task<StandInControl> ConnectAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            return new StandInControl(new HttpClient(), new Uri(url));
        }
        // Lives as long as the test process: nothing to stop it for.
        var running = await XapiStandInServer.StartAsync();
        return running.Control;
    }
}
