using System.Text;
using PbxBot.Testing.Conversations;

namespace PbxBot.Conversations.Tests.Import;

/// <summary>The files the import tests send, as the people who make them write them.</summary>
public static class ImportFiles
{
    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>French Excel's "CSV (séparateur : point-virgule)": Windows-1252, <c>;</c>, CRLF.</summary>
    public static byte[] FrenchExcel(params string[] lines) =>
        Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", ["Numéro;Prénom;Nom;E-mail;Mobile;Département;Rôle;2FA;SDA", .. lines]) + "\r\n");

    /// <summary>Good rows, and one of each mistake the rules must catch, line numbers 2 to 10.</summary>
    public static byte[] Mixed() => FrenchExcel(
        ";Émile;Zola;emile.zola@dupont.example;;Ventes;Utilisateur;non;",          // 2: next free number (103)
        "250;Jules;Verne;jules.verne@dupont.example;06 12 34 56 78;Support;Manager;oui;+33180203040", // 3: with DID
        "112;Victor;Hugo;victor.hugo@dupont.example;;Général;;;",                  // 4: emergency number
        "251;George;Sand;george.sand@;;Général;;;",                                 // 5: bad e-mail
        "250;Alexandre;Dumas;alexandre.dumas@dupont.example;;Général;;;",           // 6: number twice in the file
        "252;Honoré;Balzac;honore.balzac@dupont.example;;Comptabilité;;;",          // 7: unknown department
        "253;Gustave;Flaubert;gustave.flaubert@dupont.example;;Général;Administrateur système;;", // 8: role = the admin's own
        ";Colette;Willy;;;Général;;;",                                              // 9: no e-mail, next free (104)
        "101;Marie;Doublon;marie.doublon@dupont.example;;Support;;;");              // 10: number taken on the PBX

    /// <summary><paramref name="count"/> rows with numbers left empty, e-mail addresses unique.</summary>
    public static byte[] Many(int count, string department = "Général") =>
        FrenchExcel([.. Enumerable.Range(1, count).Select(i => $";Prénom{i};Nom{i};user{i}@dupont.example;;{department};;;")]);

    public static string Utf8(byte[] file) => Encoding.UTF8.GetString(file);

    public static string Cp1252(byte[] file) => Encoding.GetEncoding(1252).GetString(file);

    /// <summary>A link a card gave, fetched from the bot under test (links carry Mail:PublicBaseUrl, not the test's port).</summary>
    public static async Task<(int Status, byte[] Body, string? ContentType)> DownloadAsync(PbxBotUnderTest bot, string url)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var response = await http.GetAsync(new Uri(url).PathAndQuery, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>The url of the card's Action.OpenUrl titled <paramref name="title"/>.</summary>
    public static string LinkOf(CardView card, string title) =>
        card.Buttons.First(b => b["type"]?.GetValue<string>() == "Action.OpenUrl" && b["title"]?.GetValue<string>() == title)["url"]!.GetValue<string>();
}
