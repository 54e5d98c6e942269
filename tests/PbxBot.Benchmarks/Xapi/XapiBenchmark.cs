using System.Diagnostics;
using PbxBot.Application.Sync;
using PbxBot.Benchmarks.Stores;
using PbxBot.Benchmarks.Turns;
using PbxBot.Pbx.Xapi.StandIn.Control;

namespace PbxBot.Benchmarks.Xapi;

/// <summary>
/// The 3CX side of PbxBot (issue 13): for each PBX size, a fresh PBX on the XAPI stand-in, a fresh store holding only the
/// operators' grants, and the Release host connected to that PBX. It times the import (« synchroniser » on an empty
/// store, to the sync's report in the chat) with the XAPI calls it made and the host's peak RSS meanwhile; then
/// operators create extensions through the wizard (a warm-up, then the measured ones) and it counts the XAPI calls per
/// created extension from the stand-in's call log, and times "Confirmer" → the card saying the PBX has it. Calls per
/// created extension must not grow with the PBX's size: the run fails if they do.
/// </summary>
public static class XapiBenchmark
{
    public static Task<XapiReport> RunAsync(XapiBenchmarkOptions options, TextWriter progress, CancellationToken ct) =>
        BenchmarkBot.InTempFolderAsync("pbxbot-xapi-", folder => RunInAsync(folder, options, progress, ct), report => report.Errors == 0, progress);

    private static async Task<XapiReport> RunInAsync(string folder, XapiBenchmarkOptions options, TextWriter progress, CancellationToken ct)
    {
        await using var standIn = await StandInProcess.StartAsync(folder, progress, ct);
        var sizes = new List<XapiSizeResult>();
        foreach (var users in options.Users)
        {
            var sizeFolder = Directory.CreateDirectory(Path.Combine(folder, $"{users}-users")).FullName;
            sizes.Add(await RunSizeAsync(standIn.Control, users, sizeFolder, options, progress, ct));
        }
        return new XapiReport(options, standIn.Description, sizes);
    }

    private static async Task<XapiSizeResult> RunSizeAsync(StandInControl control, int users, string folder, XapiBenchmarkOptions options, TextWriter progress, CancellationToken ct)
    {
        progress.WriteLine($"PBX of {users:N0} users: generating it on the stand-in…");
        var pbx = await XapiBenchmarkPbx.CreateAsync(control, users, ct);
        try
        {
            await using var store = await BenchmarkStore.OpenAsync(BenchmarkStore.Sqlite, ct);
            await BenchmarkPbx.GrantOperatorsAsync(store, options.Conversations, ct);
            await using var host = await BenchmarkBot.StartAsync(store, folder, XapiBenchmarkPbx.HostSettings(pbx), options.HostArguments, options.HostPath, progress, ct);
            // One chat per operator for the whole run: a chat's activity ids must never repeat (the bot skips a turn it has seen).
            var chats = Enumerable.Range(0, options.Conversations).Select(host.Chat).ToArray();
            await using var counters = BotCounters.Start(host.Process.ProcessId);
            var errors = new List<string>();

            progress.WriteLine($"PBX of {users:N0} users: importing it (« synchroniser »)…");
            var import = await ImportAsync(control, pbx, store, host, counters, chats[0], users, errors, options, ct);

            progress.WriteLine($"PBX of {users:N0} users: warm-up, {options.Warmup.TotalSeconds:0.#} s of extensions created by {options.Conversations} operators…");
            var warmup = new NumberAllocator(XapiBenchmarkPbx.FirstWarmup, BenchmarkPbx.LastNew, BenchmarkStore.Settings.Country);
            var (warmedUp, _) = await CreateAsync(control, pbx, host, chats, warmup, null, options.Warmup, "warm-up", errors, options, ct);
            await control.ClearCallsAsync(pbx, ct);
            await counters.WaitForIntervalsAsync(2, ct);
            var before = counters.Snapshot();
            var cpuBefore = host.Process.CpuTime();

            progress.WriteLine($"PBX of {users:N0} users: {options.Creates} extensions created by {options.Conversations} operators…");
            var measured = new NumberAllocator(BenchmarkPbx.FirstNew, XapiBenchmarkPbx.FirstWarmup - 1, BenchmarkStore.Settings.Country, options.Creates);
            var startedAt = Stopwatch.GetTimestamp();
            var (recorder, calls) = await CreateAsync(control, pbx, host, chats, measured, options.Creates, null, "measured", errors, options, ct);
            var lastApplied = recorder.ConfirmedNumbers.Select(host.Connector.AppliedAt).OfType<long>().DefaultIfEmpty(Stopwatch.GetTimestamp()).Max();
            var cpu = host.Process.CpuTime() - cpuBefore;
            await counters.WaitForIntervalsAsync(2, ct);
            var after = counters.Snapshot();
            await CheckOnThePbxAsync(control, pbx, users + warmedUp.Created + options.Creates, errors, ct);
            return new XapiSizeResult
            {
                Users = users,
                Import = import,
                WarmupCreated = warmedUp.Created,
                Created = recorder.Created,
                CreateCalls = calls.Count(c => !XapiCalls.IsToken(c)),
                CreateTokenCalls = calls.Count(XapiCalls.IsToken),
                CreateOperations = XapiCalls.ByOperation(calls),
                ConfirmToAppliedMs = recorder.ConfirmToApplied(host.Connector.AppliedAt),
                ConfirmTurnMs = recorder.SortedLatencies(WizardRound.ConfirmStep),
                CreateHostCpu = cpu,
                CreatePhase = Stopwatch.GetElapsedTime(startedAt, lastApplied),
                CreateRoundTrips = after.SinceByTag(before, "pbxbot.store.round_trips").Where(o => o.Value > 0).ToDictionary(StringComparer.Ordinal),
                Errors = errors,
            };
        }
        finally
        {
            await control.DeletePbxAsync(pbx, CancellationToken.None);
        }
    }

    /// <summary>
    /// « synchroniser » on a store that has none of the PBX yet: the first import, every user, department and DID. Its
    /// wall time runs from the message to the sync's report in the chat; the host's peak RSS is read from a VmHWM reset
    /// just before, so it is the import's peak (with the idle host's memory under it), not the start's.
    /// </summary>
    private static async Task<XapiImport> ImportAsync(StandInControl control, StandInPbx pbx, BenchmarkStore store, BenchmarkBot host, BotCounters counters, TeamsChat chat,
        int users, List<string> errors, XapiBenchmarkOptions options, CancellationToken ct)
    {
        await control.ClearCallsAsync(pbx, ct);
        await counters.WaitForIntervalsAsync(2, ct);
        var before = counters.Snapshot();
        var rssBefore = host.Process.StatusKb("VmRSS");
        host.Process.ResetPeakRss();
        var started = Stopwatch.GetTimestamp();
        var texts = await chat.SayForTextsAsync("synchroniser");
        var outcome = texts.FirstOrDefault(IsSyncOutcome) ?? await chat.WaitForTextAsync(IsSyncOutcome, options.Timeout, ct);
        var wall = Stopwatch.GetElapsedTime(started);
        var peak = host.Process.StatusKb("VmHWM");
        await counters.WaitForIntervalsAsync(2, ct);
        var after = counters.Snapshot();
        var calls = await control.GetCallsAsync(pbx, ct);
        var report = (await store.Store.GetAsync<PbxSyncState>(BenchmarkStore.PbxId, PbxSyncState.DocumentId, ct))?.Value.LastReport;
        var imported = (await store.Repository.GetUsedNumbersAsync(BenchmarkStore.PbxId, ct)).Value.Count;
        if (outcome is null || !outcome.Contains("terminée", StringComparison.Ordinal))
        {
            errors.Add($"import: {outcome ?? $"no report within {options.Timeout.TotalSeconds:0} s"} (answered: {string.Join(" / ", texts)})");
        }
        if (report is null || report.Users != users || report.ExtensionsAdded != users || imported != users)
        {
            errors.Add($"import: {users} users on the PBX, the sync read {report?.Users} and added {report?.ExtensionsAdded}; the store's number plan holds {imported}");
        }
        return new XapiImport
        {
            Wall = wall,
            Took = report?.Took,
            Calls = calls.Count(c => !XapiCalls.IsToken(c)),
            TokenCalls = calls.Count(XapiCalls.IsToken),
            Operations = XapiCalls.ByOperation(calls),
            RssBeforeKb = rssBefore,
            PeakRssKb = peak,
            AllocatedBytes = after.Since(before, "dotnet.gc.heap.total_allocated"),
            PeakGcCommittedBytes = after.Peak("dotnet.gc.last_collection.memory.committed_size"),
            Collections = after.SinceByTag(before, "dotnet.gc.collections"),
        };
    }

    private static bool IsSyncOutcome(string text) => text.Contains("terminée en", StringComparison.Ordinal) || text.Contains("a échoué", StringComparison.Ordinal);

    /// <summary>
    /// The operators play <see cref="WizardRound"/> until <paramref name="numbers"/> runs out, or for <paramref name="duration"/>
    /// (each then finishes the round it is in); then it waits until the PBX
    /// has applied every confirmed extension (its card updated) and, with e-mails, sent each one's welcome e-mail, and
    /// the call log has been still for a second: the calls read then are all those the creates caused.
    /// </summary>
    private static async Task<(TurnRecorder Recorder, IReadOnlyList<RecordedRequest> Calls)> CreateAsync(StandInControl control, StandInPbx pbx, BenchmarkBot host,
        TeamsChat[] chats, NumberAllocator numbers, int? count, TimeSpan? duration, string phase, List<string> errors, XapiBenchmarkOptions options, CancellationToken ct)
    {
        var recorder = new TurnRecorder { Measuring = true };
        var gate = new RoundGate(chats.Length);
        gate.Open();
        var operators = Task.WhenAll(chats.Select(chat => Task.Run(() => TurnBenchmark.ConverseAsync(chat, recorder, gate, numbers, options.WelcomeEmails), ct)));
        if (duration is { } stopAfter)
        {
            await Task.WhenAny(operators, Task.Delay(stopAfter, ct));
            await gate.CloseAsync();
            gate.Finish();
        }
        await operators;
        errors.AddRange(recorder.FirstErrors.Select(e => $"{phase}: {e}"));
        if (count is not null && recorder.Created != count)
        {
            errors.Add($"{phase}: {recorder.Created} of {count} extensions confirmed ({recorder.Errors} turns failed)");
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        bool Late() => Stopwatch.GetTimestamp() > deadline;
        var confirmed = recorder.ConfirmedNumbers;
        while (confirmed.Any(n => host.Connector.AppliedAt(n) is null && !host.Connector.NotApplied.ContainsKey(n)) && !Late())
        {
            await Task.Delay(50, ct);
        }
        foreach (var number in confirmed.Where(n => host.Connector.AppliedAt(n) is null))
        {
            errors.Add($"{phase}: extension {number} {(host.Connector.NotApplied.TryGetValue(number, out var why) ? why : "not applied")} after {options.Timeout.TotalSeconds:0} s");
        }
        var welcomeEmails = options.WelcomeEmails ? recorder.Created : 0;
        IReadOnlyList<RecordedRequest> calls = [];
        var stillSince = Stopwatch.GetTimestamp();
        while (!Late())
        {
            var now = await control.GetCallsAsync(pbx, ct);
            if (now.Count != calls.Count)
            {
                (calls, stillSince) = (now, Stopwatch.GetTimestamp());
            }
            else if (calls.Count(c => c.Path.EndsWith("/Pbx.SendWelcomeEmail", StringComparison.Ordinal)) >= welcomeEmails && Stopwatch.GetElapsedTime(stillSince) > TimeSpan.FromSeconds(1))
            {
                break;
            }
            await Task.Delay(100, ct);
        }
        var sent = calls.Count(c => c.Path.EndsWith("/Pbx.SendWelcomeEmail", StringComparison.Ordinal));
        if (sent != welcomeEmails)
        {
            errors.Add($"{phase}: {sent} welcome e-mails sent by the PBX for {welcomeEmails} new extensions with an address");
        }
        errors.AddRange(calls.Where(c => c.Status is null or >= 400 && !(c.Status == 404 && XapiCalls.Operation(c) == "GET Users(Number=…)"))
            .Take(10).Select(c => $"{phase}: {c.Method} {c.Path} answered {c.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}"));
        if (host.Connector.Unexpected > 0)
        {
            errors.Add($"{phase}: {host.Connector.Unexpected} calls the Connector did not expect");
        }
        if (host.Process.HasExited)
        {
            errors.Add($"{phase}: the host exited; see its log");
        }
        return (recorder, calls);
    }

    /// <summary>The PBX holds every user it had and every extension created: nothing confirmed is missing there.</summary>
    private static async Task CheckOnThePbxAsync(StandInControl control, StandInPbx pbx, int expected, List<string> errors, CancellationToken ct)
    {
        var state = await control.GetStateAsync(pbx, ct);
        if (state.Users.Count != expected)
        {
            errors.Add($"the PBX has {state.Users.Count} users, {expected} expected (those it had and those created)");
        }
    }
}
