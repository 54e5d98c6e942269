using System.Text.RegularExpressions;
using MimeKit;
using PbxBot.Testing.Conversations;
using PbxBot.Testing.Mail;

namespace PbxBot.Conversations.Tests.ResendWelcome;

/// <summary>The welcome e-mails the bot wrote to its pickup folder (no SMTP configured), read as the recipient would.</summary>
internal static partial class WelcomeMails
{
    public static IReadOnlyList<MimeMessage> All(PbxBotUnderTest bot) =>
        !Directory.Exists(bot.PickupDirectory)
            ? []
            : Directory.EnumerateFiles(bot.PickupDirectory, "*.eml").Select(f => MimeMessage.Load(f)).OrderBy(m => m.Date).ToArray();

    /// <summary>Waits until <paramref name="count"/> welcome e-mails were written to <paramref name="address"/>; returns them, oldest first.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(PbxBotUnderTest bot, string address, int count = 1)
    {
        IReadOnlyList<MimeMessage> To() => All(bot).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToArray();
        await Eventually.TrueAsync(() => To().Count >= count, $"{count} welcome e-mail(s) to {address}", TestContext.Current.CancellationToken);
        return To();
    }

    /// <summary>The set-password link of the mail, as a path and query on the bot (the mail names the public address).</summary>
    public static string LinkOf(MimeMessage mail)
    {
        var text = mail.TextBody ?? mail.HtmlBody ?? "";
        var match = Link().Match(text);
        Assert.True(match.Success, $"No set-password link in the mail:\n{text}");
        return match.Value.TrimStart('/');
    }

    [GeneratedRegex(@"/welcome/[^\s""<>]+\?token=[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
