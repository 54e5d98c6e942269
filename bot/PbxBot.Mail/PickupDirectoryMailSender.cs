using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PbxBot.Application.Mail;

namespace PbxBot.Mail;

/// <summary>
/// Without an SMTP server (the default), writes each message as an .eml file in the pickup folder, where a
/// developer opens it in a mail client or a relay picks it up. The file appears whole or not at all (written
/// aside, then renamed), and a redelivery of the same message (same Message-Id) replaces it.
/// </summary>
public sealed class PickupDirectoryMailSender(IOptions<MailOptions> options, ILogger<PickupDirectoryMailSender> logger) : IMailSender
{
    public string Directory => Path.GetFullPath(options.Value.PickupDirectory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, FileNameOf(message));
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await message.WriteToAsync(file, cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
        logger.LogInformation("Mail {MessageId} written to {Path}", message.MessageId, path);
    }

    /// <summary>The Message-Id made safe for any file system: letters, digits, '.', '-' and '_' only.</summary>
    public static string FileNameOf(MimeMessage message)
    {
        var id = message.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId();
        var safe = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        return safe + ".eml";
    }
}
