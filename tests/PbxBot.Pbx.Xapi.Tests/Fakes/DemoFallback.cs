using Microsoft.Extensions.DependencyInjection;
using Moq;
using PbxBot.Application.PhoneSystem;
using PbxBot.Application.Stores;
using PbxBot.Domain.Rules;

namespace PbxBot.Pbx.Xapi.Tests.Fakes;

/// <summary>
/// What the Application gives the connector for PBXes it is not connected to: the demo PBXes, over a store these
/// tests never reach (a strict mock: any store call would fail the test).
/// </summary>
public static class DemoFallback
{
    public static IServiceCollection AddDemoPhoneSystems(this IServiceCollection services) =>
        services.AddSingleton(new DemoPhoneSystems(new PbxRepository(new Mock<IPbxStore>(MockBehavior.Strict).Object, new RulesService())));
}
