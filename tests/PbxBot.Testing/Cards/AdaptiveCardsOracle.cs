using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PbxBot.Cards;
using PbxBot.Cards.Model;

namespace PbxBot.Testing.Cards;

/// <summary>
/// The official Adaptive Cards renderer (npm <c>adaptivecards</c> 3.0.x, run by <c>tests/js/validate-cards.js</c>)
/// judging our cards as Teams would: schema 1.5, parse events plus <c>validateProperties()</c>. One node process
/// checks a whole batch, so give it all the cards at once. Without node the calling test is skipped locally and
/// fails in CI.
/// </summary>
public static class AdaptiveCardsOracle
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The verdicts on named cards, in the order given. Names must be unique.</summary>
    public static Task<IReadOnlyList<RendererVerdict>> ValidateAsync(IEnumerable<(string Name, AdaptiveCard Card)> cards, CancellationToken cancellationToken) =>
        ValidateAsync(cards.Select(c => (c.Name, CardJson.ToJson(c.Card))), cancellationToken);

    /// <summary>The verdict on one card; batch cards instead when there are several (one node start each time).</summary>
    public static async Task<RendererVerdict> ValidateAsync(AdaptiveCard card, CancellationToken cancellationToken) =>
        (await ValidateAsync([("card", card)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Verdicts on raw card JSON: how a test shows that a card our model cannot even express is rejected.</summary>
    public static async Task<IReadOnlyList<RendererVerdict>> ValidateAsync(IEnumerable<(string Name, JsonObject Card)> cards, CancellationToken cancellationToken)
    {
        var batch = new JsonArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, card) in cards)
        {
            if (!names.Add(name))
            {
                throw new ArgumentException($"Two cards are named \"{name}\".", nameof(cards));
            }
            batch.Add(new JsonObject { ["name"] = name, ["card"] = card.DeepClone() });
        }

        var node = NodeJs.Node;
        Requires.That(node is not null, $"node is not on PATH, so cards cannot be checked with the official Adaptive Cards renderer: {NodeJs.InstallHint}");
        await TestJsTools.EnsureInstalledAsync(cancellationToken).ConfigureAwait(false);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RunTimeout);
        var start = new ProcessStartInfo(node!)
        {
            WorkingDirectory = TestJsTools.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(TestJsTools.Directory, "validate-cards.js"));
        var result = await ProcessRunner.RunAsync(start, batch.ToJsonString(), timeout.Token).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"validate-cards.js failed (exit {result.ExitCode}):{Environment.NewLine}{result.StandardError}");
        }

        var verdicts = JsonSerializer.Deserialize<List<RendererVerdict>>(result.StandardOutput, ReadOptions)
            ?? throw new InvalidOperationException("validate-cards.js printed nothing.");
        if (verdicts.Count != names.Count)
        {
            throw new InvalidOperationException($"validate-cards.js judged {verdicts.Count} cards out of {names.Count}.");
        }
        return verdicts;
    }

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);
}
