using PhoneNumbers;

namespace PbxBot.Domain;

/// <summary>
/// Phone numbers as operators type them ("06 12 34 56 78", "+41 79 123 45 67") turned into E.164, read in the
/// PBX's country when they have no international prefix (libphonenumber's metadata, loaded once).
/// </summary>
public static class E164
{
    private static PhoneNumberUtil Util => PhoneNumberUtil.GetInstance();

    /// <summary>True and the E.164 form when <paramref name="input"/> is a valid number, national numbers read in <paramref name="country"/>.</summary>
    public static bool TryNormalise(string? input, string country, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        try
        {
            var parsed = Util.Parse(input.Trim(), Region(country));
            if (!Util.IsValidNumber(parsed))
            {
                return false;
            }
            e164 = Util.Format(parsed, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>An example mobile number of the country in national and international format, for error messages.</summary>
    public static string MobileExample(string country)
    {
        var example = Util.GetExampleNumberForType(Region(country), PhoneNumberType.MOBILE);
        return example is null
            ? "+33 6 12 34 56 78"
            : $"{Util.Format(example, PhoneNumberFormat.NATIONAL)} / {Util.Format(example, PhoneNumberFormat.INTERNATIONAL)}";
    }

    /// <summary>libphonenumber's region: the ISO code, "ZZ" (international numbers only) when unknown.</summary>
    private static string Region(string country)
    {
        var code = Countries.Normalise(country);
        return Util.GetSupportedRegions().Contains(code) ? code : "ZZ";
    }
}
