namespace PbxBot.Channel;

/// <summary>Names of the channel's HttpClients (IHttpClientFactory).</summary>
internal static class ChannelHttpClients
{
    public const string OpenIdMetadata = "PbxBot.Channel.OpenIdMetadata";
    public const string AppToken = "PbxBot.Channel.AppToken";
    public const string Connector = "PbxBot.Channel.Connector";
    public const string Files = "PbxBot.Channel.Files";
}
