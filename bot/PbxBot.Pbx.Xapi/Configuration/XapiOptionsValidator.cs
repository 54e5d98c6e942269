using System.Net;
using Microsoft.Extensions.Options;

namespace PbxBot.Pbx.Xapi.Configuration;

/// <summary>
/// Refuses at startup a configuration the connector could not work with, naming the setting to fix. Messages never
/// repeat a value: a URL could carry credentials, and a secret must never reach a log.
/// </summary>
internal sealed class XapiOptionsValidator : IValidateOptions<XapiOptions>
{
    public ValidateOptionsResult Validate(string? name, XapiOptions options)
    {
        var errors = new List<string>();
        if (options.DefaultPbxConfigured)
        {
            ValidatePbx(errors, options);
        }
        foreach (var pbx in options.OtherPbxes)
        {
            ValidatePbx(errors, pbx);
        }
        foreach (var duplicate in options.Connections().Where(p => !string.IsNullOrWhiteSpace(p.PbxId))
                     .GroupBy(p => p.PbxId!.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"The PBX id '{duplicate.Key}' is configured more than once ({string.Join(", ", duplicate.Select(p => p.Setting("PbxId")))}): each PBX needs its own id.");
        }
        ValidateCalls(errors, options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidatePbx(List<string> errors, XapiPbxOptions pbx)
    {
        if (string.IsNullOrWhiteSpace(pbx.PbxId) || !pbx.PbxId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add($"{pbx.Setting("PbxId")} must be a non-empty id of letters, digits, '-', '_' or '.', e.g. pbx-main.");
        }
        if (!pbx.HasUrl)
        {
            errors.Add($"{pbx.Setting("Url")} is required: the address of the 3CX, e.g. https://acme.3cx.fr.");
        }
        else if (!Uri.TryCreate(pbx.Url!.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{pbx.Setting("Url")} must be an absolute https URL, e.g. https://acme.3cx.fr.");
        }
        else if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
        {
            errors.Add($"{pbx.Setting("Url")} must use https: plain http is accepted only for a loopback address (127.0.0.1, ::1, localhost).");
        }
        else if (url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            errors.Add($"{pbx.Setting("Url")} must be the PBX's address alone, without credentials, query or fragment.");
        }
        if (pbx.HasUrl && string.IsNullOrWhiteSpace(pbx.ClientId))
        {
            errors.Add($"{pbx.Setting("ClientId")} is required when {pbx.Setting("Url")} is set: the Client ID of the API client (3CX console, Integrations ▸ API).");
        }
        if (pbx.HasUrl && string.IsNullOrWhiteSpace(pbx.ClientSecret))
        {
            errors.Add($"{pbx.Setting("ClientSecret")} is required when {pbx.Setting("Url")} is set: the API key the 3CX console showed when the API client was created.");
        }
        if (pbx.Country is not { Length: 2 } country || !country.All(char.IsAsciiLetter))
        {
            errors.Add($"{pbx.Setting("Country")} must be an ISO 3166-1 alpha-2 country code, e.g. FR.");
        }
        if (string.IsNullOrWhiteSpace(pbx.TimeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(pbx.TimeZoneId, out _))
        {
            errors.Add($"{pbx.Setting("TimeZoneId")} must be an IANA time zone, e.g. Europe/Paris.");
        }
        ValidateNumbers(errors, pbx);
        if (!Enum.IsDefined(pbx.WelcomeEmail))
        {
            errors.Add($"{pbx.Setting("WelcomeEmail")} must be Pbx or PbxBot.");
        }
    }

    private static void ValidateNumbers(List<string> errors, XapiPbxOptions pbx)
    {
        if (pbx.NumberFrom is null && pbx.NumberTo is null)
        {
            return;
        }
        if (pbx.NumberFrom is not { } from || pbx.NumberTo is not { } to)
        {
            errors.Add($"{pbx.Setting("NumberFrom")} and {pbx.Setting("NumberTo")} go together: set both or neither.");
        }
        else if (from <= 0 || from > to || Digits(from) != Digits(to))
        {
            errors.Add($"{pbx.Setting("NumberFrom")}–{pbx.Setting("NumberTo")} must be a range of positive numbers of the same length, e.g. 100–899.");
        }
    }

    private static void ValidateCalls(List<string> errors, XapiOptions options)
    {
        if (options.AttemptTimeout <= TimeSpan.Zero || options.Timeout < options.AttemptTimeout)
        {
            errors.Add("Xapi:AttemptTimeout must be positive and not longer than Xapi:Timeout.");
        }
        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add("Xapi:MaxRetries must be between 0 and 10.");
        }
        if (options.RetryDelay < TimeSpan.Zero || options.MaxRetryAfter < TimeSpan.Zero)
        {
            errors.Add("Xapi:RetryDelay and Xapi:MaxRetryAfter must not be negative.");
        }
        if (options.PageSize is < 1 or > 1000)
        {
            errors.Add("Xapi:PageSize must be between 1 and 1000.");
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static int Digits(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
}
