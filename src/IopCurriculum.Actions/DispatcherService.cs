using IopCurriculum.Engine.Actions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IopCurriculum.Actions;

/// <summary>
/// Runs the dispatcher for as long as the host runs: a batch of due actions at a time, and a short pause
/// when none is due. A failing database is waited out, not fatal: actions wait in the outbox meanwhile.
/// Logs name actions by id and kind only; what they were about stays in the database.
/// </summary>
internal sealed partial class DispatcherService(ActionDispatcher dispatcher, ILogger<DispatcherService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (log.IsEnabled(LogLevel.Information))
        {
            var serves = string.Join(", ", dispatcher.Serves.Order(StringComparer.Ordinal));
            LogStarted(log, serves);
        }
        try
        {
            dispatcher.Recover();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogPassFailed(log, e);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            int ran;
            try
            {
                ran = await dispatcher.RunDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogPassFailed(log, e);
                ran = 0;
            }
            if (ran > 0) continue;
            try
            {
                await Task.Delay(dispatcher.Settings.Poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "action dispatcher started: {Actions}")]
    private static partial void LogStarted(ILogger logger, string actions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "action dispatcher pass failed; trying again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception error);
}
