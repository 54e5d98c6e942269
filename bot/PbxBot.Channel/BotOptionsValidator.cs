using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PbxBot.Channel;

/// <summary>
/// Refuses at startup a bot identity the bot could not work with, naming the setting to fix — and fails closed: outside
/// Development, no app id means no start unless <see cref="BotOptions.AllowAnonymous"/> is set.
/// </summary>
internal sealed class BotOptionsValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>(SdkConfigurationKeys.Conflicts(configuration));
        if (!options.AuthenticationEnabled && !options.AllowAnonymous && !environment.IsDevelopment())
        {
            errors.Add(
                $"No bot identity is configured and the environment is {environment.EnvironmentName}: PbxBot refuses to run without " +
                "authentication outside Development. Set MicrosoftAppId (or Bot:MicrosoftAppId) with its password, type and tenant " +
                "(see docs/deploy.md); only for a deliberate anonymous deployment, set Bot:AllowAnonymous=true.");
        }
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
