using Microsoft.Extensions.Options;

namespace PbxBot.Channel;

/// <summary>Refuses at startup a <c>Bot</c> section the bot could not work with, naming the setting to fix.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        if (options.AuthenticationEnabled)
        {
            if (options.MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                errors.Add($"Bot:MicrosoftAppPassword is required for a {options.MicrosoftAppType} bot.");
            }
            if (options.MicrosoftAppType != BotAppType.MultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                errors.Add($"Bot:MicrosoftAppTenantId is required for a {options.MicrosoftAppType} bot.");
            }
        }
        RequireAbsoluteUrl(errors, "ChannelOpenIdMetadataUrl", options.ChannelOpenIdMetadataUrl);
        RequireAbsoluteUrl(errors, "EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl);
        RequireAbsoluteUrl(errors, "TokenEndpoint", options.TokenEndpoint.Replace("{tenant}", "tenant", StringComparison.Ordinal));
        for (var i = 0; i < options.TrustedServiceUrls.Count; i++)
        {
            RequireAbsoluteUrl(errors, $"TrustedServiceUrls:{i}", options.TrustedServiceUrls[i]);
        }
        if (options.MaxActivityBytes is < 1024 or > 16 * 1024 * 1024)
        {
            errors.Add("Bot:MaxActivityBytes must be between 1 KiB and 16 MiB.");
        }
        if (options.ConnectorAttemptTimeout <= TimeSpan.Zero || options.ConnectorTimeout < options.ConnectorAttemptTimeout)
        {
            errors.Add("Bot:ConnectorAttemptTimeout must be positive and not longer than Bot:ConnectorTimeout.");
        }
        if (options.ConnectorMaxRetries is < 0 or > 10)
        {
            errors.Add("Bot:ConnectorMaxRetries must be between 0 and 10.");
        }
        if (options.ConnectorRetryDelay < TimeSpan.Zero)
        {
            errors.Add("Bot:ConnectorRetryDelay must not be negative.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequireAbsoluteUrl(List<string> errors, string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"Bot:{setting} must be an absolute http(s) URL.");
        }
    }
}
