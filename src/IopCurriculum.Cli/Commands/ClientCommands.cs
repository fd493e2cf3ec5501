using System.CommandLine;
using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop client enroll | rename | override | discharge | readmit</c>.</summary>
internal static class ClientCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("client", "Enrol clients and record clinical decisions about them.")
    {
        Enrol(console, engine),
        Rename(console, engine),
        Override(console, engine),
        Decision(console, engine, "discharge", "Discharge a client: their workflows stop until readmitted.", (e, r) => e.Clinical.Discharge(r)),
        Decision(console, engine, "readmit", "Readmit a discharged client; they pick up at the cohort's current week.", (e, r) => e.Clinical.Readmit(r)),
    };

    private static Command Enrol(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var given = new Option<string?>("--given") { Description = "First name (needed the first time a client is enrolled)." };
        var family = new Option<string?>("--family") { Description = "Family name (needed the first time); rosters show only its initial." };
        var week = new Option<int?>("--week") { Description = "The cohort week the client joins (default: the week running now)." };
        var command = new Command("enroll", "Enrol a client into a cohort at a week (rolling admission).") { cohort, client, given, family, week };
        command.Aliases.Add("enrol");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var result = e.Enrolments.Enrol(new EnrolRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                GivenName = parsed.GetValue(given),
                FamilyName = parsed.GetValue(family),
                Week = parsed.GetValue(week),
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"client {result.Enrolment.ClientId} enrolled in {result.Enrolment.CohortId} from week {result.Enrolment.StartWeek}");
            foreach (var instance in result.Instances) console.Out.WriteLine($"  workflow instance {instance.Id}: {instance.Stage}");
            foreach (var session in result.Booked) console.Out.WriteLine($"  booked {Describe(session)}");
            foreach (var problem in result.Unbooked) console.Out.WriteLine($"  not booked: {problem}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Rename(CliConsole console, EngineAccess engine)
    {
        var client = Options.Client();
        var given = new Option<string?>("--given") { Description = "The client's corrected first name (left out: unchanged)." };
        var family = new Option<string?>("--family") { Description = "The client's corrected family name (left out: unchanged)." };
        var reason = Options.Reason();
        var command = new Command("rename", "Correct a client's first or family name, with a reason; each of their enrolments records who changed it, when and why.") { client, given, family, reason };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var renamed = e.Enrolments.Rename(new RenameRequest
            {
                ClientId = parsed.GetValue(client)!,
                GivenName = parsed.GetValue(given),
                FamilyName = parsed.GetValue(family),
                Reason = parsed.GetValue(reason)!,
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine(renamed.Changed
                ? $"client {renamed.ClientId} renamed; recorded in {string.Join(", ", renamed.Enrolments)}"
                : $"client {renamed.ClientId} already has those names; nothing changed");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Override(CliConsole console, EngineAccess engine)
    {
        var to = Options.Required("--to", "The stage to move the client to, such as early-recovery or on-hold.");
        return Decision(console, engine, "override", "A clinical override: move a client to another stage the workflow allows (e.g. back to early recovery).",
            (e, r) => e.Clinical.Override(r, r.Target!), to);
    }

    private static Command Decision(
        CliConsole console, EngineAccess engine, string name, string description,
        Func<IopEngine, ClinicalRequest, IReadOnlyList<JournalStep>> decide, Option<string>? target = null)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var reason = Options.Reason();
        var workflow = new Option<string?>("--workflow") { Description = "Only this workflow of the client's (by name)." };
        var command = new Command(name, description) { cohort, client, reason, workflow };
        if (target is not null) command.Options.Add(target);
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var entries = decide(e, new ClinicalRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                Reason = parsed.GetValue(reason)!,
                Workflow = parsed.GetValue(workflow),
                Actor = engine.Actor(parsed),
                Target = target is null ? null : parsed.GetValue(target),
            });
            foreach (var entry in entries)
                console.Out.WriteLine($"client {parsed.GetValue(client)}: {entry.FromStage} -> {entry.ToStage} ({entry.Trigger})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static string Describe(CalendarSession session) =>
        $"{session.Label} week {session.Week} {session.Date.At(session.Start).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}" + (session.Room is null ? "" : $" {session.Room}");
}
