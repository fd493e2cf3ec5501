using System.CommandLine;
using System.Globalization;
using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop measure</c>: rating instruments (PHQ-9, GAD-7, BAM, craving) recorded, listed, struck out and checked.</summary>
internal static class MeasureCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("measure", "Rating instruments: PHQ-9, GAD-7, BAM and craving, recorded with their answers and scored.")
    {
        Instruments(console),
        Validate(console),
        Record(console, engine),
        List(console, engine),
        Due(console, engine),
        Strike(console, engine),
    };

    private static Command Instruments(CliConsole console)
    {
        var show = new Option<string?>("--show") { Description = "Print one instrument's items and answers, e.g. PHQ9.", HelpName = "ID" };
        var command = new Command("instruments", "List the instruments a program can use, or print one in full.") { show };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(show) is not { } id)
            {
                foreach (var instrument in BuiltInMeasures.Instruments.All)
                    console.Out.WriteLine($"{instrument.Id}\t{instrument.Title}\t{instrument.Items.Count} items\tscores: {string.Join(", ", instrument.Scores.Select(s => s.Id))}");
                return ExitCodes.Ok;
            }
            var found = BuiltInMeasures.Instruments.Named(id);
            if (found is null)
            {
                console.Error.WriteLine($"error: there is no measure '{id}'; the measures are {string.Join(", ", BuiltInMeasures.Instruments.Ids)}");
                return ExitCodes.NotFound;
            }
            Print(found, console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(Instrument instrument, TextWriter output)
    {
        output.WriteLine($"{instrument.Title} ({instrument.Id}, version {instrument.Version})");
        output.WriteLine(instrument.Period);
        foreach (var item in instrument.Items)
        {
            output.WriteLine($"  {item.Number}. {item.Text}{(item.Scored ? "" : " (not scored)")}{(item.CriticalAbove is { } c ? $" (critical above {c})" : "")}");
            output.WriteLine($"     {string.Join("; ", item.Options.Select(o => $"{o.Value} = {o.Text}"))}");
        }
        foreach (var score in instrument.Scores)
        {
            var bands = score.Bands.Count == 0 ? "" : ": " + string.Join(", ", score.Bands.Select(b => $"{b.Min}-{b.Max} {b.Title}"));
            output.WriteLine($"score {score.Id} ({score.Title}): items {string.Join(", ", score.Items)}{bands}");
        }
        output.WriteLine($"Source: {instrument.Source}");
        output.WriteLine($"Terms: {instrument.Terms}");
        if (instrument.Unconfirmed is { } unconfirmed) output.WriteLine($"Unconfirmed: {unconfirmed}");
    }

    private static Command Validate(CliConsole console)
    {
        var path = new Argument<string>("path") { Description = "An instrument file, such as curricula/measures/phq-9.yaml." };
        var command = new Command("validate", "Check an instrument file and list every problem with file:line:column. Exit 0 when valid, 2 when not.") { path };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(path)!;
            if (!File.Exists(file))
                return console.Invalid($"no instrument file at '{file}'");
            var loaded = InstrumentReader.Load(file);
            if (!loaded.Succeeded)
                return console.Invalid(loaded.Diagnostics);
            var instrument = loaded.Value;
            console.Out.WriteLine($"{instrument.Id} version {instrument.Version} is valid: {instrument.Items.Count} items, scores {string.Join(", ", instrument.Scores.Select(s => s.Id))}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Record(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var measure = Options.Required("--measure", "The instrument: PHQ9, GAD7, BAM or CRAVING ('iop measure instruments').");
        var date = Options.Date("--date", "The local date the client answered (not in the future).");
        var answers = Options.Required("--answers", "The answers as ITEM=POINTS, comma-separated, e.g. \"1=2,2=1,...,9=0\"; leave an unanswered item out.");
        var note = new Option<string?>("--note") { Description = "A short note kept with the measure." };
        var command = new Command("record", "Record a completed instrument; it is scored and the client's workflows answer it.") { cohort, client, measure, date, answers, note };
        command.SetAction(parsed =>
        {
            if (ParseAnswers(parsed.GetValue(answers)!) is not { } points)
                return console.Invalid($"--answers '{parsed.GetValue(answers)}': write each answer as ITEM=POINTS, comma-separated, such as 1=2,9=0");
            return engine.Run(parsed, console, e =>
            {
                var outcome = e.Measures.Record(new MeasureRequest
                {
                    CohortId = parsed.GetValue(cohort)!,
                    ClientId = parsed.GetValue(client)!,
                    Instrument = parsed.GetValue(measure)!,
                    AnsweredOn = parsed.GetValue(date),
                    Answers = points,
                    Note = parsed.GetValue(note),
                    Actor = engine.Actor(parsed),
                });
                console.Out.WriteLine($"{parsed.GetValue(client)} {outcome.Measure.Instrument} {outcome.Measure.AnsweredOn:uuuu-MM-dd}: {Scores(outcome.Measure)} (measure {outcome.Measure.Id})");
                if (outcome.Measure.CriticalItems.Count > 0)
                    console.Out.WriteLine($"attention: item {string.Join(", ", outcome.Measure.CriticalItems)} answered above its critical point");
                // A measure seldom moves a client; what the workflow did about it is the news.
                foreach (var step in outcome.Journal)
                    console.Out.WriteLine($"  {step.FromStage}{(step.FromStage == step.ToStage ? "" : $" -> {step.ToStage}")} ({step.Trigger}){(step.Reason is null ? "" : $": {step.Reason}")}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>"1=2,9=0" as item number to points; null when any part is not ITEM=POINTS or an item is given twice.</summary>
    internal static Dictionary<string, int>? ParseAnswers(string text)
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || !int.TryParse(part.AsSpan(at + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var points)) return null;
            if (!answers.TryAdd(part[..at].Trim().ToLowerInvariant(), points)) return null;
        }
        return answers.Count == 0 ? null : answers;
    }

    private static string Scores(MeasureEntry measure) =>
        string.Join("; ", measure.Scores.Select(s => measure.Scores.Count == 1 ? MeasureEntry.ScoreText(s) : $"{s.Title} {MeasureEntry.ScoreText(s)}"));

    private static Command List(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var command = new Command("list", "List a client's measures, oldest first, those entered in error marked.") { cohort, client };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var measures = e.Measures.Of(parsed.GetValue(cohort)!, parsed.GetValue(client)!);
            if (measures.Count == 0) console.Out.WriteLine("no measures recorded");
            foreach (var m in measures)
                console.Out.WriteLine($"{m.Id}\t{m.AnsweredOn:uuuu-MM-dd}\t{m.Instrument}\t{Scores(m)}" +
                    (m.CriticalItems.Count > 0 ? $"\tcritical: item {string.Join(", ", m.CriticalItems)}" : "") +
                    (m.Struck ? $"\tentered in error ({m.StruckBy}: {m.StruckReason})" : ""));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Due(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var command = new Command("due", "List the measures each client should complete this week, and those overdue.") { cohort };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var due = MeasuresDue.ForCohort(e.Snapshots.Whole(parsed.GetValue(cohort)!));
            if (due.Count == 0) console.Out.WriteLine("no measures due");
            foreach (var d in due)
                console.Out.WriteLine($"{d.ClientId}\t{d.Instrument}\t{d.StatusText}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Strike(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var id = new Option<long>("--id") { Description = "The measure's number, as 'iop measure list' prints it.", Required = true };
        var reason = Options.Reason();
        var command = new Command("strike", "Mark a measure as entered in error; it stays on record and counts nowhere.") { cohort, id, reason };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var struck = e.Measures.Strike(parsed.GetValue(cohort)!, parsed.GetValue(id), parsed.GetValue(reason), engine.Actor(parsed));
            console.Out.WriteLine($"measure {struck.Id} ({struck.Instrument} {struck.AnsweredOn:uuuu-MM-dd}) marked entered in error: {struck.StruckReason}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>iop program measures</c>: show or set which measures the program asks for, and when.</summary>
    public static Command Schedule(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program's id.");
        var file = new Option<string?>("--file") { Description = "A schedule file (measures: - { measure: PHQ9, from_week: 1, every_weeks: 2 }).", HelpName = "PATH" };
        var shipped = new Option<bool>("--shipped") { Description = "Go back to the schedule shipped in curricula/measures/schedule.yaml." };
        var command = new Command("measures", "Show, or set from a file, when each measure is due in a client's course.") { program, file, shipped };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file);
            if (path is not null && parsed.GetValue(shipped))
                return console.Invalid("give --file or --shipped, not both");
            if (path is not null && !File.Exists(path))
                return console.Invalid($"no schedule file at '{path}'");
            return engine.Run(parsed, console, e =>
            {
                var id = parsed.GetValue(program)!;
                var schedule = path is not null ? e.Programs.SetMeasureSchedule(id, File.ReadAllText(path), path)
                    : parsed.GetValue(shipped) ? e.Programs.SetMeasureSchedule(id, (MeasureSchedule?)null)
                    : e.Programs.MeasureScheduleOf(id);
                if (schedule.Rules.Count == 0) console.Out.WriteLine($"program {id}: no measures are scheduled");
                foreach (var rule in schedule.Rules)
                    console.Out.WriteLine($"{rule.Measure}\t{rule.Describe()}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
