using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Cards.Builders;
using PbxBot.Domain;

namespace PbxBot.Cards.Tests;

/// <summary>
/// A history page shows each change (what, when and by whom, before → after with « (vide) » for nothing) and offers
/// « Plus anciennes » only when older changes exist and « Plus récentes » only past the first page, each button
/// carrying the page it opens and the page's anchor.
/// </summary>
public sealed class AHistoryPageOffersOlderAndNewer
{
    private static readonly HistoryItem Edit = new("03/12/2026 10:42", "Alice Admin", "Extension modifiée", null, [new("Numéro SDA", "+33478000004", null)]);
    private static readonly JsonObject Data = new() { ["argument"] = "104", ["asOf"] = "2026-12-03T10:42:00.0000000+00:00" };

    [Fact]
    public void TheFirstPageGoesOlderOnly()
    {
        var json = Json(new CardContext(Language.French, UniversalActions: false), new HistoryView("Historique de 104", "heures en UTC", [Edit], 0, HasOlder: true, HasNewer: false, Data));

        Assert.Contains("Page 1 — du plus récent au plus ancien, heures en UTC.", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Numéro SDA\",\"value\":\"+33478000004 → (vide)\"", json, StringComparison.Ordinal);
        Assert.Contains("03/12/2026 10:42 — Alice Admin", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Plus anciennes\"", json, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"history.page\",\"argument\":\"104\",\"asOf\":\"2026-12-03T10:42:00.0000000+00:00\",\"page\":1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Plus récentes", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLastPageGoesNewerOnly_InEnglish()
    {
        var json = Json(new CardContext(Language.English, UniversalActions: true), new HistoryView("History of 104", "times in UTC", [Edit], 2, HasOlder: false, HasNewer: true, Data));

        Assert.Contains("Page 3 — newest first, times in UTC.", json, StringComparison.Ordinal);
        Assert.Contains("+33478000004 → (empty)", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Newer\"", json, StringComparison.Ordinal);
        Assert.Contains("\"page\":1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":\"Older\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyHistorySaysSo()
    {
        var json = Json(new CardContext(Language.French, UniversalActions: true), new HistoryView("Historique de 105", "heures en UTC", [], 0, false, false, new JsonObject())
            { EmptyText = "Aucune modification enregistrée pour 105." });

        Assert.Contains("Aucune modification enregistrée pour 105.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.", json, StringComparison.Ordinal);
    }

    private static string Json(CardContext context, HistoryView view) =>
        CardJson.ToJson(HistoryCards.Page(context, view)).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
