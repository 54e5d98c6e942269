using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PbxBot.Pbx.Xapi.StandIn.Model;
using PbxBot.Pbx.Xapi.StandIn.Swagger;
using PbxBot.Pbx.Xapi.StandIn.TestApi;
using PbxBot.Pbx.Xapi.StandIn.Xapi;

namespace PbxBot.Pbx.Xapi.StandIn.Hosting;

/// <summary>Wires the stand-in into a web app: one terminal handler, no MVC, no routing middleware.</summary>
public static class StandInApp
{
    public static WebApplication Build(WebApplicationBuilder builder, StandInOptions options)
    {
        var swaggerPath = options.SwaggerPath
            ?? SwaggerDocument.Find(builder.Environment.ContentRootPath, AppContext.BaseDirectory, Environment.CurrentDirectory)
            ?? throw new FileNotFoundException("3CX's swagger (shared/3cx/xapi-swagger.yaml) was not found above the app's folder; pass --swagger <path>.");
        var swagger = SwaggerDocument.Load(swaggerPath);
        var tenants = new TenantRegistry(options.TimeProvider ?? TimeProvider.System);
        if (options.Demo)
        {
            DemoData.Seed(tenants, swagger);
        }
        builder.Services.AddSingleton(swagger);
        builder.Services.AddSingleton(tenants);
        builder.Services.AddSingleton<XapiService>();
        builder.Services.AddSingleton<TestApiEndpoints>();
        builder.Services.AddSingleton<StandInPipeline>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var app = builder.Build();
        var pipeline = app.Services.GetRequiredService<StandInPipeline>();
        app.Run(pipeline.HandleAsync);
        return app;
    }
}
