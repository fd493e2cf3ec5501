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
    /// <summary>Where task notices link to when no address is given: the web app's own default.</summary>
    private const string DefaultPublicUrl = "http://127.0.0.1:5080/";

    public static Command Create(EngineAccess engine)
    {
        var noActions = new Option<bool>("--no-actions")
        {
            Description = "Only advance cohorts; leave the workflow actions (tasks, notices, care-plan pushes, ready packets) to another host.",
        };
        var publicUrl = new Option<Uri>("--public-url")
        {
            Description = "The web app's address as staff open it; task notices link to it (default: " + DefaultPublicUrl + ").",
            DefaultValueFactory = _ => new Uri(DefaultPublicUrl),
            HelpName = "URL",
        };
        publicUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<Uri>() is { IsAbsoluteUri: false } or null)
                result.AddError("--public-url must be an absolute address, such as https://iop.clinic.example.org");
        });
        var run = new Command("run",
            "Run the scheduler until stopped (Ctrl+C): catches up on start, then ends each cohort's weeks on its program's calendar, "
            + "and carries out the actions workflows ask for. On PostgreSQL any number of hosts may run it against the same database.")
        {
            noActions, publicUrl,
        };
        run.SetAction(async (parsed, cancellationToken) =>
        {
            // The engine's clock, unless a test names a testing assembly with a clock shared by several processes.
            var clock = SchedulerClocks.FromEnvironment(engine.Clock);
            var dispatch = !parsed.GetValue(noActions);
            var url = parsed.GetValue(publicUrl)!;
            using var host = SchedulerHost.Build(parsed.GetValue(engine.Database)!, clock.Clock, scale: clock.Scale,
                services: dispatch
                    ? (services, db) => services.AddIopActions(new ActionSettings(IopEngine.DefaultDataFolder(db), url, DispatchSettings.Default))
                    : null);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return new Command("scheduler", "The week-boundary scheduler and action dispatcher (Quartz on the same database; clustered on PostgreSQL).") { run };
    }
}
