namespace PbxBot.Application.PhoneSystem;

/// <summary>The phone systems PbxBot is connected to, by PBX id; any other PBX is a demo one.</summary>
public interface IPhoneSystems
{
    /// <summary>The PBXes with a configured connection (never their secrets).</summary>
    IReadOnlyList<PhoneSystemProfile> Connected { get; }

    /// <summary>The connection of <paramref name="pbxId"/>, or a <see cref="DemoPhoneSystem"/> when none is configured.</summary>
    IPhoneSystem For(string pbxId);
}
