using System.CommandLine;
using System.Globalization;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Identity;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop export careplans | plandefinition | settings</c>: FHIR R4 for EHRs and FHIR servers.</summary>
internal static class ExportCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("export", "Export care plans and curricula as FHIR R4: transaction Bundles or Bulk Data NDJSON.")
    {
        CarePlans(console, engine),
        PlanDefinition(console, engine),
        Settings(console, engine),
    };

    private static Option<string?> CanonicalBase() => new("--base")
    {
        Description = $"Base of the canonical URLs and code systems minted (default: {Naming.DefaultBase}), e.g. https://fhir.example.org.",
    };

    private static Command CarePlans(CliConsole console, EngineAccess engine)
    {
        var cohort = new Option<string?>("--cohort") { Description = "The cohort to export." };
        var all = new Option<bool>("--all") { Description = "Export every cohort." };
        var format = new Option<ExportFormat>("--format") { Description = "bundle (transaction Bundles) or ndjson (Bulk Data files).", Required = true };
        var output = Options.Required("--out", "The folder to write into; files appear there only once the export is complete.");
        var since = new Option<DateTimeOffset?>("--since")
        {
            Description = "Only clients with anything recorded at or after this instant, e.g. 2027-02-01T08:00:00Z (a previous export's transactionTime).",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (Instant(text) is { } instant) return instant;
                result.AddError($"'{text}' is not an instant for --since; give a date, time and zone, such as 2027-02-01T08:00:00Z.");
                return null;
            },
        };
        var perClient = new Option<bool>("--per-client") { Description = "With bundles: a Bundle per client, and one per cohort for its Group and definitions." };
        var canonicalBase = CanonicalBase();
        var notice = new Option<string?>("--notice-file") { Description = "A file with the redisclosure notice to carry instead of 42 CFR 2.32's short statement." };
        var recipient = Options.Required("--recipient", "The recipient organization the files go to ('iop recipient list'); only clients whose consent names it are exported.");
        var command = new Command("careplans", "A CarePlan per client (with Patient, Encounters, a signed treatment plan's Conditions, Goals and CareTeam, test-result Observations if the program opts in, each completed measure as a QuestionnaireResponse with its score Observations, signed progress notes and consents), a Group per cohort, and the curriculum's and answered instruments' definitions.")
        {
            cohort, all, format, output, since, perClient, canonicalBase, notice, recipient,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(all) == parsed.GetValue(cohort) is not null)
                return console.Invalid("name one cohort with --cohort ID, or every cohort with --all");
            return engine.Run(parsed, console, e =>
            {
                var settings = Settings(parsed.GetValue(canonicalBase), parsed.GetValue(notice));
                var summary = new CarePlanExporter(e, settings).Export(new CarePlanExportRequest
                {
                    CohortId = parsed.GetValue(cohort),
                    All = parsed.GetValue(all),
                    Format = parsed.GetValue(format),
                    PerClient = parsed.GetValue(perClient),
                    OutputFolder = parsed.GetValue(output)!,
                    Since = parsed.GetValue(since),
                    Actor = engine.Actor(parsed),
                    Recipient = parsed.GetValue(recipient)!,
                    Request = "iop " + string.Join(' ', parsed.Tokens.Select(t => t.Value)),
                });
                console.Out.WriteLine($"exported {Counted(summary)} to {summary.Destination}");
                foreach (var file in summary.Files) console.Out.WriteLine($"  {file}");
                if (summary.LeftOut.Count > 0)
                    console.Out.WriteLine($"left out {summary.LeftOut.Count} client{(summary.LeftOut.Count == 1 ? "" : "s")} without consent for {parsed.GetValue(recipient)}: see {ExportSummary.LeftOutFile}");
                console.Out.WriteLine($"next incremental export: --since {Fhir.Output.ExportManifest.Format(summary.At)}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Command PlanDefinition(CliConsole console, EngineAccess engine)
    {
        var curriculum = Options.Required("--curriculum", "A curriculum folder or file.");
        var output = Options.Required("--out", "The Bundle file to write.");
        var canonicalBase = CanonicalBase();
        var command = new Command("plandefinition", "The curriculum as a PlanDefinition with an ActivityDefinition per session, in a transaction Bundle.")
        {
            curriculum, output, canonicalBase,
        };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var summary = new CurriculumExporter(e.Database, e.Clock, Settings(parsed.GetValue(canonicalBase), null))
                .Export(parsed.GetValue(curriculum)!, parsed.GetValue(output)!, engine.Actor(parsed));
            console.Out.WriteLine($"exported {Counted(summary)} to {summary.Destination}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Settings(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program whose exports to configure.");
        var system = new Option<string?>("--client-id-system") { Description = "The identifier system client ids are exported under (the EHR's MRN system); \"\" for the default." };
        var results = new Option<string?>("--test-results") { Description = "include or omit: whether urine and breath results are exported as Observations (default: omit)." };
        results.AcceptOnlyFromAmong("include", "omit");
        var command = new Command("settings", "Show or set what a program's exports disclose: the client identifier system, and test results.") { program, system, results };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var include = parsed.GetValue(results) is { } word ? word == "include" : (bool?)null;
            var updated = e.Programs.SetExport(parsed.GetValue(program)!, parsed.GetValue(system), include);
            console.Out.WriteLine($"program {updated.Id}: client ids as {Naming.ClientSystem(updated.Id, updated.ClientIdSystem)}" +
                (updated.ClientIdSystem is null ? " (default)" : "") + $"; test results {(updated.ExportTestResults ? "exported as Observations" : "not exported")}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ExportSettings Settings(string? canonicalBase, string? noticeFile)
    {
        Naming naming;
        try
        {
            naming = new Naming(canonicalBase);
        }
        catch (ArgumentException problem)
        {
            throw Engine.EngineException.Invalid($"--base: {problem.Message.Split(" (Parameter", 2)[0]}");
        }
        var settings = new ExportSettings { Naming = naming };
        if (noticeFile is null) return settings;
        if (!File.Exists(noticeFile)) throw Engine.EngineException.NotFound($"--notice-file {noticeFile} does not exist");
        if (Definitions.Files.DefinitionFile.TryRead(noticeFile, out var read) is { } unreadable)
            throw Engine.EngineException.Invalid($"--notice-file {noticeFile} {unreadable}");
        var text = read.Trim();
        return text.Length == 0 ? throw Engine.EngineException.Invalid($"--notice-file {noticeFile} is empty") : settings with { Notice = text };
    }

    private static string Counted(ExportSummary summary) =>
        $"{Fhir.Output.ResourceTypes.Describe(summary.Counts)} ({summary.Total.ToString("N0", CultureInfo.InvariantCulture)} resources)";

    /// <summary>An instant with its zone or offset written out; a bare local time would be read differently in each zone.</summary>
    private static DateTimeOffset? Instant(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        var zoned = t > 0 && (text.EndsWith('Z') || text.IndexOf('+', t) > 0 || text.IndexOf('-', t) > 0);
        return zoned && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }
}
