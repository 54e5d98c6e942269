using System.Text;

namespace PbxBot.Csv.Tests.Fixtures;

/// <summary>Files too big to commit, made to measure.</summary>
internal static class GeneratedFiles
{
    public const string TemplateHeader = "Numéro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA\r\n";

    /// <summary>The French template with <paramref name="rows"/> extensions, numbered from 1000.</summary>
    public static byte[] TemplateWithRows(int rows)
    {
        var text = new StringBuilder(TemplateHeader);
        for (var i = 0; i < rows; i++)
        {
            text.Append(1000 + i).Append(";Prénom").Append(i).Append(";Nom").Append(i).Append(";p").Append(i).Append("@dupont.example;;Général;;;\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A valid French template of exactly <paramref name="size"/> bytes: one row, padded with a long last name.</summary>
    public static byte[] TemplateOfSize(long size)
    {
        var start = Encoding.UTF8.GetBytes(TemplateHeader + "1000;Marie;");
        var end = "\r\n"u8.ToArray();
        var bytes = new byte[size];
        start.CopyTo(bytes, 0);
        bytes.AsSpan(start.Length, (int)(size - start.Length - end.Length)).Fill((byte)'x');
        end.CopyTo(bytes, size - end.Length);
        return bytes;
    }
}
