using System.CommandLine;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Plans;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop treatment-plan show | write | sign | agree | review | discharge</c>: a client's individualized plan and its end.</summary>
internal static class TreatmentPlanCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) =>
        new("treatment-plan", "A client's treatment plan: its versions, signing, the client's agreement and reviews.")
        {
            Show(console, engine),
            Write(console, engine),
            Sign(console, engine),
            Agree(console, engine),
            Review(console, engine),
            Discharge(console, engine),
        };

    private static Command Show(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var version = new Option<int?>("--version") { Description = "Print this version's text instead of the summary." };
        var command = new Command("show", "Where the plan stands, its goals and every version; or one version's text.") { cohort, client, version };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var plan = e.TreatmentPlans.Read(parsed.GetValue(cohort)!, parsed.GetValue(client)!);
            if (parsed.GetValue(version) is { } wanted)
            {
                var found = plan.Versions.FirstOrDefault(v => v.Version == wanted);
                if (found is null)
                {
                    console.Error.WriteLine($"error: {plan.ClientId}'s plan has no version {wanted} ({(plan.Versions.Count == 0 ? "no plan is written yet" : $"versions 1 to {plan.Versions.Count}")})");
                    return ExitCodes.NotFound;
                }
                console.Out.Write(found.Source);
                if (!found.Source.EndsWith('\n')) console.Out.WriteLine();
                return ExitCodes.Ok;
            }
            TreatmentPlanView.Write(plan, console.Out);
            TreatmentPlanView.Write(e.Discharges.Read(plan.CohortId, plan.ClientId), console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Write(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var file = Options.Required("--file", "The plan as a YAML or JSON file (see the README for its fields).");
        var reason = new Option<string?>("--reason") { Description = "Why the plan changes; needed once a version has been signed." };
        var command = new Command("write", "Add a version of the plan from a file; a signed version is never changed.") { cohort, client, file, reason };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var path = parsed.GetValue(file)!;
            if (Read(path, "treatment plan", console) is not { } text) return ExitCodes.InvalidInput;
            var plan = e.TreatmentPlans.Write(new PlanWriteRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                Source = text,
                SourceName = path,
                Reason = parsed.GetValue(reason),
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"{plan.ClientId}'s plan is at version {plan.Latest!.Version} ({(plan.Latest.IsSigned ? "signed" : "draft, not yet signed")})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Sign(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var version = new Option<int?>("--version") { Description = "The version you read; refused if a newer one was written since." };
        var agreed = Options.Date("--client-agreed", "The day the client agreed to the plan, if they have (YYYY-MM-DD).", required: false);
        var command = new Command("sign", "Sign the newest version as its clinician (--by, a clinical lead); it is then locked.") { cohort, client, version, agreed };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var plan = e.TreatmentPlans.Sign(new PlanSignRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                Version = parsed.GetValue(version),
                ClientAgreedOn = parsed.GetResult(agreed) is null ? null : parsed.GetValue(agreed),
                Actor = engine.Actor(parsed),
            });
            var signed = plan.Latest!;
            console.Out.WriteLine($"version {signed.Version} of {plan.ClientId}'s plan signed by {signed.SignedBy}; review due {plan.Standing.ReviewDue:uuuu-MM-dd}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Agree(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var on = Options.Date("--on", "The day the client agreed to the signed plan (YYYY-MM-DD).");
        var command = new Command("agree", "Record the day the client agreed to the signed plan in force.") { cohort, client, on };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var plan = e.TreatmentPlans.RecordAgreement(parsed.GetValue(cohort)!, parsed.GetValue(client)!, parsed.GetValue(on), engine.Actor(parsed));
            console.Out.WriteLine($"{plan.ClientId} agreed to version {plan.Standing.SignedVersion} on {parsed.GetValue(on):uuuu-MM-dd}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Review(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var note = Options.Required("--note", "What the review found, in a few words.");
        var command = new Command("review", "Review the plan in force with the client (--by, a clinical lead); the next review falls due from today.") { cohort, client, note };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var plan = e.TreatmentPlans.Review(new PlanReviewRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                Note = parsed.GetValue(note)!,
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"{plan.ClientId}'s plan reviewed; next review due {plan.Standing.ReviewDue:uuuu-MM-dd}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Discharge(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var file = Options.Required("--file", "The discharge summary and aftercare plan as a YAML or JSON file (see the README).");
        var correction = new Option<string?>("--correction") { Description = "Why a summary already written is corrected." };
        var command = new Command("discharge", "Write and sign the discharge summary and aftercare plan (--by, a clinical lead) once the course has ended.") { cohort, client, file, correction };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var path = parsed.GetValue(file)!;
            if (Read(path, "discharge summary", console) is not { } text) return ExitCodes.InvalidInput;
            var versions = e.Discharges.Write(new DischargeWriteRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                ClientId = parsed.GetValue(client)!,
                Source = text,
                SourceName = path,
                Correction = parsed.GetValue(correction),
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"discharge summary of {parsed.GetValue(client)} signed by {versions[^1].SignedBy} (version {versions[^1].Version})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The file's text, or null once its problem is printed.</summary>
    private static string? Read(string path, string what, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        var text = DefinitionFile.ReadText(path, what, diagnostics);
        if (text is null) console.Invalid(diagnostics.Sorted());
        return text;
    }
}
