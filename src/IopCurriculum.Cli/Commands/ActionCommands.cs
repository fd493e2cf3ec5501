using System.CommandLine;
using System.Globalization;
using IopCurriculum.Actions;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// <c>iop incident list | retry | dismiss</c>: workflow actions that failed every try, for someone to
/// send again or close with a reason; and <c>iop actions run</c>: carry out every action that is due now.
/// </summary>
internal static class ActionCommands
{
    public static Command Incidents(CliConsole console, EngineAccess engine) =>
        new("incident", "Workflow actions that failed every try (a care plan the EHR refused, a notice the mail server would not take).")
        {
            List(console, engine),
            Resolve(console, engine, "retry", "Put the action back in the queue, due now, with a fresh count of tries.", (e, id, by, why) => e.Actions.Retry(id, by, why), "queued again"),
            Resolve(console, engine, "dismiss", "Close the incident without doing the action; the reason is kept with it.", (e, id, by, why) => e.Actions.Dismiss(id, by, why), "dismissed"),
        };

    public static Command Run(CliConsole console, EngineAccess engine)
    {
        var publicUrl = Options.PublicUrl();
        var tries = Options.ActionTries();
        var run = new Command("run", "Carry out every workflow action that is due now (tasks, notices, care-plan pushes, ready packets), then stop. "
            + "'iop scheduler run' and the web app do this all the time.") { publicUrl, tries };
        run.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var settings = new ActionSettings(IopEngine.DefaultDataFolder(e.Database), parsed.GetValue(publicUrl)!, DispatchSettings.Default with { MaxAttempts = parsed.GetValue(tries) });
            var before = e.Actions.Counts();
            var dispatcher = Dispatchers.Create(e, settings);
            dispatcher.Recover();
            var ran = dispatcher.DrainAsync(CancellationToken.None).GetAwaiter().GetResult();
            var after = e.Actions.Counts();
            int Grew(string state) => after.GetValueOrDefault(state) - before.GetValueOrDefault(state);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ran {ran} action{(ran == 1 ? "" : "s")}: {Grew(OutboxStates.Done)} done, {after.GetValueOrDefault(OutboxStates.Pending)} waiting to be tried again, {Grew(OutboxStates.Incident)} new incident{(Grew(OutboxStates.Incident) == 1 ? "" : "s")}"));
            return ExitCodes.Ok;
        }));
        return new Command("actions", "The actions workflows ask for.") { run };
    }

    private static Command List(CliConsole console, EngineAccess engine)
    {
        var command = new Command("list", "List the open incidents, the most recent failure first.");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var incidents = e.Actions.Incidents();
            if (incidents.Count == 0)
            {
                console.Out.WriteLine("no incidents");
                return ExitCodes.Ok;
            }
            foreach (var i in incidents)
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id}\t{i.Action}\tcohort {i.CohortId}{(i.ClientId is null ? "" : $"\tclient {i.ClientId}")}\t{i.Attempts} tr{(i.Attempts == 1 ? "y" : "ies")}, first failed {i.FirstFailure}, last {i.LastFailure}\t{i.Error}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Resolve(CliConsole console, EngineAccess engine, string name, string description, Action<IopEngine, long, string, string> resolve, string done)
    {
        var id = new Argument<long>("id") { Description = "The incident's number, as 'iop incident list' shows it." };
        var reason = Options.Reason();
        var command = new Command(name, description) { id, reason };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            resolve(e, parsed.GetValue(id), engine.Actor(parsed), parsed.GetValue(reason)!);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"action {parsed.GetValue(id)} {done}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
