using System.CommandLine;
using IopCurriculum.Actions;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Scheduling;
using Microsoft.Extensions.Hosting;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// <c>iop scheduler run</c>: the long-running service that advances cohorts on their calendars and carries
/// out the actions their workflows ask for.
/// </summary>
internal static class SchedulerCommand
{
    public static Command Create(EngineAccess engine)
    {
        var noActions = new Option<bool>("--no-actions")
        {
            Description = "Only advance cohorts; leave the workflow actions (tasks, notices, care-plan pushes, ready packets) to another host.",
        };
        var publicUrl = Options.PublicUrl();
        var tries = Options.ActionTries();
        var run = new Command("run",
            "Run the scheduler until stopped (Ctrl+C): catches up on start, then ends each cohort's weeks on its program's calendar, "
            + "and carries out the actions workflows ask for. On PostgreSQL any number of hosts may run it against the same database.")
        {
            noActions, publicUrl, tries,
        };
        run.SetAction(async (parsed, cancellationToken) =>
        {
            // The engine's clock, unless a test names a testing assembly with a clock shared by several processes.
            var clock = SchedulerClocks.FromEnvironment(engine.Clock);
            var dispatch = !parsed.GetValue(noActions);
            var url = parsed.GetValue(publicUrl)!;
            using var host = SchedulerHost.Build(parsed.GetValue(engine.Database)!, clock.Clock, scale: clock.Scale,
                services: dispatch
                    ? (services, db) => services.AddIopActions(new ActionSettings(IopEngine.DefaultDataFolder(db), url, DispatchSettings.Default with { MaxAttempts = parsed.GetValue(tries) }))
                    : null);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return new Command("scheduler", "The week-boundary scheduler and action dispatcher (Quartz on the same database; clustered on PostgreSQL).") { run };
    }
}
