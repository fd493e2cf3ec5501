using System.CommandLine;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop attendance record</c> and <c>iop result record</c>: what happened, fed to the workflows.</summary>
internal static class RecordCommands
{
    public static Command Attendance(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var session = new Option<string?>("--session") { Description = "The session, e.g. \"RP 3\", or a track code such as UA; the latest one that has begun." };
        var sessionId = new Option<long?>("--session-id") { Description = "The planned session's number, instead of --session." };
        var week = new Option<int?>("--week") { Description = "The cohort week, where an open group has run the session more than once." };
        var status = Options.Required("--status", "attended | late | excused | absent | cancelled (by the program)");
        var note = new Option<string?>("--note") { Description = "A short note; recording again with another status keeps the earlier entry as history." };
        var record = new Command("record", "Record a client's attendance at a session. Corrections add a revision; history is kept.")
        {
            cohort, client, session, sessionId, week, status, note,
        };
        record.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var result = e.Attendance.Record(new AttendanceRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                Session = parsed.GetValue(session),
                SessionId = parsed.GetValue(sessionId),
                Week = parsed.GetValue(week),
                Status = parsed.GetValue(status)!,
                Note = parsed.GetValue(note),
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"{parsed.GetValue(client)} {result.Entry.Status} {ClientCommands.Describe(result.Session)}" +
                (result.Entry.Revision > 1 ? $" (revision {result.Entry.Revision})" : ""));
            JournalView.WriteChanges(result.Journal, console.Out);
            return ExitCodes.Ok;
        }));
        return new Command("attendance", "Attendance at sessions.") { record };
    }

    public static Command Result(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var date = Options.Date("--date", "The local date the specimen was collected (not in the future).");
        var kind = new Option<string>("--kind") { Description = "urine | breath", DefaultValueFactory = _ => "urine" };
        var outcome = Options.Required("--result", "negative | positive | missed | invalid");
        var substances = new Option<string?>("--substances") { Description = "What the lab found, for a positive result." };
        var record = new Command("record", "Record a urine or breath test result.") { cohort, client, date, kind, outcome, substances };
        record.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var result = e.Results.Record(new ResultRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                CollectedOn = parsed.GetValue(date),
                Kind = parsed.GetValue(kind)!,
                Outcome = parsed.GetValue(outcome)!,
                Substances = parsed.GetValue(substances),
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"{parsed.GetValue(client)} {result.Result.Kind} {result.Result.CollectedOn:yyyy-MM-dd}: {result.Result.Outcome}");
            JournalView.WriteChanges(result.Journal, console.Out);
            return ExitCodes.Ok;
        }));
        return new Command("result", "Urine and breath test results.") { record };
    }
}
