using PbxBot.Pbx.Xapi.StandIn;
using PbxBot.Pbx.Xapi.StandIn.Hosting;

// The stand-in as a process: `dotnet run --project tests/PbxBot.Pbx.Xapi.StandIn -- --urls http://127.0.0.1:5080 --demo`.
// Options: --urls (Kestrel), --demo (seed the root PBX with demo data and fixed credentials), --swagger <path>.
var demo = args.Contains("--demo");
var swaggerIndex = Array.IndexOf(args, "--swagger");
var swagger = swaggerIndex >= 0 && swaggerIndex + 1 < args.Length ? args[swaggerIndex + 1] : null;
var hostArgs = args.Where((a, i) => a != "--demo" && a != "--swagger" && (swaggerIndex < 0 || i != swaggerIndex + 1)).ToArray();

var builder = WebApplication.CreateSlimBuilder(hostArgs);
builder.Logging.SetMinimumLevel(LogLevel.Warning); // one line per request would drown CI's output
var app = StandInApp.Build(builder, new StandInOptions { Demo = demo, SwaggerPath = swagger });
app.Lifetime.ApplicationStarted.Register(() =>
{
    var urls = string.Join(", ", app.Urls);
    Console.WriteLine($"XAPI stand-in listening on {urls}");
    Console.WriteLine($"  create a PBX:   POST {app.Urls.FirstOrDefault()}/_standin/pbxes");
    if (demo)
    {
        Console.WriteLine($"  demo PBX at the root: client id '{DemoData.ClientId}', secret '{DemoData.ClientSecret}' (fake data, see README.md)");
    }
});
await app.RunAsync();
