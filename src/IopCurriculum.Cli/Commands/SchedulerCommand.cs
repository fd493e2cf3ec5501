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
            // A testing aid: IOP_FAST_CLOCK runs the scheduler on a scaled clock shared by several processes.
            var clock = FastClock.FromEnvironment() ?? engine.Clock;
            using var host = SchedulerHost.Build(parsed.GetValue(engine.Database)!, clock);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return new Command("scheduler", "The week-boundary scheduler (Quartz on the same database; clustered on PostgreSQL).") { run };
    }
}
