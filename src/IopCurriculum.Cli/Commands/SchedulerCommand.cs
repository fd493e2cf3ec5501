using System.CommandLine;
using IopCurriculum.Scheduling;
using Microsoft.Extensions.Hosting;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop scheduler run</c>: the long-running service that advances cohorts on their calendars.</summary>
internal static class SchedulerCommand
{
    public static Command Create(EngineAccess engine)
    {
        var run = new Command("run",
            "Run the scheduler until stopped (Ctrl+C): catches up on start, then ends each cohort's weeks on its program's calendar. "
            + "On PostgreSQL any number of hosts may run it against the same database.");
        run.SetAction(async (parsed, cancellationToken) =>
        {
            // The engine's clock, unless a test names a testing assembly with a clock shared by several processes.
            var clock = SchedulerClocks.FromEnvironment(engine.Clock);
            using var host = SchedulerHost.Build(parsed.GetValue(engine.Database)!, clock.Clock, scale: clock.Scale);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return new Command("scheduler", "The week-boundary scheduler (Quartz on the same database; clustered on PostgreSQL).") { run };
    }
}
