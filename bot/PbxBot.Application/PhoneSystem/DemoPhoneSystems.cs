using System.Collections.Concurrent;
using PbxBot.Application.Stores;

namespace PbxBot.Application.PhoneSystem;

/// <summary>No PBX configured: every PBX of the store is a demo one.</summary>
public sealed class DemoPhoneSystems(PbxRepository repository) : IPhoneSystems
{
    private readonly ConcurrentDictionary<string, DemoPhoneSystem> demos = new(StringComparer.Ordinal);

    public IReadOnlyList<PhoneSystemProfile> Connected => [];

    public IPhoneSystem For(string pbxId) => demos.GetOrAdd(pbxId, id => new DemoPhoneSystem(id, repository));
}
