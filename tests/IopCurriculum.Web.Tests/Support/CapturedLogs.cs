using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IopCurriculum.Web.Tests.Support;

/// <summary>What the host wrote to its log, as the console would show it, so tests can read what it printed.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Writer(_lines);

    public void Dispose()
    {
    }

    private sealed class Writer(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel)) lines.Enqueue(formatter(state, exception));
        }
    }
}
