using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PbxBot.Testing.Channel;

public sealed record LogRecord(LogLevel Level, string Category, string Message, Exception? Exception);

/// <summary>Keeps every log line of a test host, so a test can assert what was logged (and that no secret was).</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> records = new();

    public IReadOnlyList<LogRecord> Records => [.. records];

    public bool Contains(LogLevel level, string fragment) =>
        records.Any(r => r.Level == level && r.Message.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, records);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue(new LogRecord(logLevel, category, formatter(state, exception), exception));
    }
}
