using System.CommandLine;
using System.Globalization;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Notes.Files;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop note show | write | sign | cosign | addendum</c>: the progress notes of a session.</summary>
internal static class NoteCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) =>
        new("note", "Progress notes: a session's shared narrative and each present client's note, signed and then locked.")
        {
            Show(console, engine),
            Write(console, engine),
            Sign(console, engine, cosign: false),
            Sign(console, engine, cosign: true),
            Addendum(console, engine),
        };

    /// <summary>How a command names its session: <c>--session "RP 1" --week 1</c>, or <c>--session-id</c>.</summary>
    private sealed record SessionOptions(Option<string?> Label, Option<int?> Week, Option<long?> Id)
    {
        public static SessionOptions Create() => new(
            new Option<string?>("--session") { Description = "The session, e.g. \"RP 1\" (with --week)." },
            new Option<int?>("--week") { Description = "The cohort week of --session." },
            new Option<long?>("--session-id") { Description = "The planned session's number, instead of --session and --week." });

        public void AddTo(Command command)
        {
            command.Options.Add(Label);
            command.Options.Add(Week);
            command.Options.Add(Id);
        }

        public long Resolve(ParseResult parsed, Engine.IopEngine engine, string cohortId, string? clientId)
        {
            if (parsed.GetValue(Id) is { } id) return id;
            if (parsed.GetValue(Label) is not { } label || parsed.GetValue(Week) is not { } week)
                throw Engine.EngineException.Invalid("name the session: --session \"RP 1\" --week 1, or --session-id");
            return engine.Notes.FindSession(cohortId, label, week, clientId);
        }
    }

    private static Command Show(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var session = SessionOptions.Create();
        var client = new Option<string?>("--client") { Description = "A client: every note of theirs in the cohort, newest first (with a session: that client's individual session)." };
        var command = new Command("show", "Print a session's notes, or a client's.") { cohort, client };
        session.AddTo(command);
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            if (parsed.GetValue(session.Id) is not null || parsed.GetValue(session.Label) is not null)
            {
                var notes = e.Notes.Read(parsed.GetValue(cohort)!, session.Resolve(parsed, e, parsed.GetValue(cohort)!, parsed.GetValue(client)));
                NoteView.Write(notes, console.Out);
                return ExitCodes.Ok;
            }
            if (parsed.GetValue(client) is { } clientId)
            {
                var notes = e.Notes.ForClient(parsed.GetValue(cohort)!, clientId);
                if (notes.Count == 0) console.Out.WriteLine($"{clientId} has no progress notes in cohort {parsed.GetValue(cohort)}");
                foreach (var note in notes) NoteView.Write(note, console.Out, withSession: true);
                return ExitCodes.Ok;
            }
            return console.Invalid("name a session (--session \"RP 1\" --week 1, or --session-id) or a client (--client)");
        }));
        return command;
    }

    private static Command Write(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var session = SessionOptions.Create();
        var file = Options.Required("--file", "The session's notes as YAML or JSON: narrative, and notes with client, minutes, goals and the format's sections (see the README).");
        var command = new Command("write", "Save the session's narrative and the clients' draft notes from a file, all or nothing.") { cohort, file };
        session.AddTo(command);
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var sessionId = session.Resolve(parsed, e, parsed.GetValue(cohort)!, null);
            var path = parsed.GetValue(file)!;
            var diagnostics = new DiagnosticBag();
            var text = DefinitionFile.ReadText(path, "notes file", diagnostics);
            if (text is null) return console.Invalid(diagnostics.Sorted());
            var sheet = e.Notes.Read(parsed.GetValue(cohort)!, sessionId);
            var read = NotesFileReader.Parse(text, path, sheet.Format);
            if (!read.Succeeded) return console.Invalid(read.Diagnostics);
            var written = e.Notes.Save(new NotesSaveRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                SessionId = sessionId,
                Narrative = read.Value.Narrative,
                Drafts = read.Value.Drafts,
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"{sheet.Session.Label} on {sheet.Session.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {written} draft note{(written == 1 ? "" : "s")} saved" +
                (read.Value.Narrative is null ? "" : ", narrative saved"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Sign(CliConsole console, EngineAccess engine, bool cosign)
    {
        var cohort = Options.Cohort();
        var session = SessionOptions.Create();
        var clients = new Option<string[]>("--client") { Description = "A client whose note to sign; repeat it, or leave it out for every note that can be.", AllowMultipleArgumentsPerToken = true };
        var command = cosign
            ? new Command("cosign", "Co-sign, as a supervisor (--by), signed notes whose writers need it.") { cohort, clients }
            : new Command("sign", "Sign draft notes (--by, the cohort's facilitator or a clinical lead); a signed note is locked.") { cohort, clients };
        session.AddTo(command);
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var named = parsed.GetValue(clients) ?? [];
            var request = new NotesSignRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                SessionId = session.Resolve(parsed, e, parsed.GetValue(cohort)!, named.Length == 1 ? named[0] : null),
                ClientIds = named,
                Actor = engine.Actor(parsed),
            };
            var done = cosign ? e.Notes.CoSign(request) : e.Notes.Sign(request);
            console.Out.WriteLine($"{(cosign ? "co-signed" : "signed")} by {request.Actor}: {string.Join(", ", done)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Addendum(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var session = SessionOptions.Create();
        var client = Options.Client();
        var text = Options.Required("--text", "What the addendum adds to the signed note.");
        var reason = Options.Reason();
        var command = new Command("addendum", "Add to a signed note, with why; the note itself stays as signed.") { cohort, client, text, reason };
        session.AddTo(command);
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var number = e.Notes.AddAddendum(new AddendumRequest
            {
                CohortId = parsed.GetValue(cohort)!,
                SessionId = session.Resolve(parsed, e, parsed.GetValue(cohort)!, parsed.GetValue(client)),
                ClientId = parsed.GetValue(client)!,
                Text = parsed.GetValue(text)!,
                Reason = parsed.GetValue(reason)!,
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"addendum {number} added to {parsed.GetValue(client)}'s note");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
