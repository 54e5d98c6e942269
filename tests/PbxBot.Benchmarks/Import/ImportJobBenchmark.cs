using System.Diagnostics;
using System.Globalization;
using System.Text;
using PbxBot.Application.Import;
using PbxBot.Application.Stores;
using PbxBot.Benchmarks.Stores;
using PbxBot.Benchmarks.Turns;
using PbxBot.Benchmarks.Xapi;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Benchmarks.Import;

/// <summary>
/// Issue 15's measurement end to end: the Release host connected to a PBX on the XAPI stand-in (imported first), an
/// admin sends a CSV of <c>rows</c> new extensions in their Teams chat; it times the file → the preview card, Confirm →
/// the job's summary card, and Confirm → the last user on the PBX with its welcome e-mail, counts the XAPI calls per
/// created row and reads the host's peak RSS meanwhile. Every row must be on the PBX exactly once.
/// </summary>
public static class ImportJobBenchmark
{
    public static Task<ImportJobReport> RunAsync(ImportJobOptions options, TextWriter progress, CancellationToken ct) =>
        BenchmarkBot.InTempFolderAsync("pbxbot-import-", folder => RunInAsync(folder, options, progress, ct), report => report.Errors.Count == 0, progress);

    private static async Task<ImportJobReport> RunInAsync(string folder, ImportJobOptions options, TextWriter progress, CancellationToken ct)
    {
        await using var standIn = await StandInProcess.StartAsync(folder, progress, ct);
        var control = standIn.Control;
        progress.WriteLine($"PBX of {options.Users:N0} users on the stand-in…");
        var pbx = await XapiBenchmarkPbx.CreateAsync(control, options.Users, ct);
        var errors = new List<string>();
        try
        {
            await using var store = await BenchmarkStore.OpenAsync(BenchmarkStore.Sqlite, ct);
            await BenchmarkPbx.GrantOperatorsAsync(store, 1, ct);
            await using var host = await BenchmarkBot.StartAsync(store, folder, XapiBenchmarkPbx.HostSettings(pbx), options.HostArguments, null, progress, ct);
            var chat = host.Chat(0);
            static bool Synced(string text) => text.Contains("terminée en", StringComparison.Ordinal);
            if ((await chat.SayForTextsAsync("synchroniser")).Any(Synced) is false && await chat.WaitForTextAsync(Synced, options.Timeout, ct) is null)
            {
                errors.Add("the PBX's import (« synchroniser ») did not finish");
            }

            // A warm-up import of a few rows, so that the measured one does not pay the JIT's first compilations.
            progress.WriteLine("Warm-up import of 20 rows…");
            await ImportAsync(host, chat, control, pbx, store, File(20, "warmup"), 20, options, errors, ct);
            await control.ClearCallsAsync(pbx, ct);

            progress.WriteLine($"Import of {options.Rows} rows…");
            host.Process.ResetPeakRss();
            var measured = await ImportAsync(host, chat, control, pbx, store, File(options.Rows, "row"), options.Rows, options, errors, ct);
            var calls = await control.GetCallsAsync(pbx, ct);
            var state = await control.GetStateAsync(pbx, ct);
            var numbers = state.Users.Select(u => u["Number"]!.GetValue<string>()).ToArray();
            var imported = state.Users.Count(u => u["EmailAddress"]?.GetValue<string>()?.StartsWith("row", StringComparison.Ordinal) == true);
            if (imported != options.Rows || numbers.Length != numbers.Distinct().Count())
            {
                errors.Add($"{imported} of {options.Rows} rows on the PBX ({numbers.Length - numbers.Distinct().Count()} numbers twice)");
            }
            return measured with
            {
                Options = options,
                Calls = calls.Count(c => !XapiCalls.IsToken(c)),
                Operations = XapiCalls.ByOperation(calls),
                PeakRssKb = host.Process.StatusKb("VmHWM"),
                Errors = errors,
            };
        }
        finally
        {
            await control.DeletePbxAsync(pbx, CancellationToken.None);
        }
    }

    private static async Task<ImportJobReport> ImportAsync(BenchmarkBot host, TeamsChat chat, StandInControl control, StandInPbx pbx, BenchmarkStore store,
        byte[] file, int rows, ImportJobOptions options, List<string> errors, CancellationToken ct)
    {
        var welcomeBefore = (await control.GetStateAsync(pbx, ct)).WelcomeEmails.Count;
        var sent = Stopwatch.GetTimestamp();
        var preview = await chat.SendFileAsync("equipe.csv", host.Connector.ServeFile(file));
        var previewTime = Stopwatch.GetElapsedTime(sent);
        var confirm = $"Créer {rows.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} extensions";
        if (preview.Shown is not { } card || !card.HasButton(confirm))
        {
            errors.Add($"preview: {preview.Error ?? preview.Shown?.Text}");
            return new ImportJobReport();
        }
        var confirmed = Stopwatch.GetTimestamp();
        var progressCard = await chat.PressAsync(card, confirm);
        if (progressCard.Error is { } error)
        {
            errors.Add($"confirm: {error}");
            return new ImportJobReport();
        }
        var deadline = confirmed + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        long? summaryAt = null;
        while (Stopwatch.GetTimestamp() < deadline && summaryAt is null)
        {
            if (host.Connector.LastUpdate(chat.ConversationId) is { } update && update.At > confirmed && update.Card.Contains("Import terminé", StringComparison.Ordinal))
            {
                summaryAt = update.At;
            }
            await Task.Delay(10, ct);
        }
        if (summaryAt is null)
        {
            errors.Add($"no summary card within {options.Timeout.TotalSeconds:0} s");
        }
        // Then every row on the PBX with its welcome e-mail.
        long? onPbxAt = null;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var job = (await store.Store.QueryAsync<ImportJob>(BenchmarkStore.PbxId, new DocumentQuery(DocumentKinds.Import) { Max = 10, NewestFirst = true }, ct))[0].Value;
            var state = await control.GetStateAsync(pbx, ct);
            if (job.Status == ImportStatus.Done && state.WelcomeEmails.Count >= welcomeBefore + rows)
            {
                onPbxAt = Stopwatch.GetTimestamp();
                break;
            }
            await Task.Delay(20, ct);
        }
        if (onPbxAt is null)
        {
            errors.Add($"the rows were not all on the PBX with their welcome e-mails within {options.Timeout.TotalSeconds:0} s");
        }
        return new ImportJobReport
        {
            Rows = rows,
            Preview = previewTime,
            ConfirmToSummary = summaryAt is { } s ? Stopwatch.GetElapsedTime(confirmed, s) : null,
            ConfirmToOnPbx = onPbxAt is { } p ? Stopwatch.GetElapsedTime(confirmed, p) : null,
        };
    }

    /// <summary>French Excel's file: numbers left empty (the bot picks them), an e-mail each.</summary>
    private static byte[] File(int rows, string prefix)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = new List<string>(rows + 1) { "Numéro;Prénom;Nom;E-mail" };
        lines.AddRange(Enumerable.Range(1, rows).Select(i => $";Prénom{i};Nom-{prefix}{i};{prefix}{i}@import.example"));
        return Encoding.GetEncoding(1252).GetBytes(string.Join("\r\n", lines) + "\r\n");
    }
}
