using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PbxBot.Pbx.Xapi.Tests.Fakes;

/// <summary>Every log line of a rig, with its structured values and exception, to prove what is (never) logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> lines = new();

    public IReadOnlyList<LogLine> Lines => [.. lines];

    /// <summary>Everything logged, as one text: messages, values and exceptions.</summary>
    public string AllText => string.Join("\n", lines.Select(l => l.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, string Message, string Values, string? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message} [{Values}] {Exception}";
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            logs.lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
