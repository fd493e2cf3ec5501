using System.CommandLine;
using System.Globalization;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Consent;
using NodaTime;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// <c>iop recipient add | list</c>, <c>iop consent add | revoke | list | disclosures</c> and
/// <c>iop break-glass declare | end | list</c>: 42 CFR Part 2 consent and what it lets out.
/// </summary>
internal static class ConsentCommands
{
    public static Command Recipients(CliConsole console, EngineAccess engine) =>
        new("recipient", "Organizations records may be disclosed to (an EHR, a payer, an exchange); consents name them and integrators act for them.")
        {
            AddRecipient(console, engine),
            ListRecipients(console, engine),
            Endpoint(console, engine),
        };

    public static Command Consents(CliConsole console, EngineAccess engine) =>
        new("consent", "A client's 42 CFR Part 2 consents, and the accounting of what was disclosed under them.")
        {
            AddConsent(console, engine),
            Revoke(console, engine),
            List(console, engine),
            Disclosures(console, engine),
        };

    public static Command BreakGlass(CliConsole console, EngineAccess engine) =>
        new("break-glass", "Medical emergencies (42 CFR 2.51): one recipient reads one client's records without consent, for a limited time.")
        {
            Declare(console, engine),
            End(console, engine),
            ListBreakGlass(console, engine),
        };

    private static Command AddRecipient(CliConsole console, EngineAccess engine)
    {
        var id = new Argument<string>("id") { Description = "A short id, such as county-ehr." };
        var name = Options.Required("--name", "The organization's name.");
        var @class = new Option<string>("--class") { Description = $"Its class of recipient: {Words(RecipientClasses.Words)}.", DefaultValueFactory = _ => RecipientClasses.TreatingProvider };
        var purpose = new Option<string>("--purpose") { Description = $"What its requests are for: {Words(DisclosurePurposes.RecipientWords)}.", DefaultValueFactory = _ => DisclosurePurposes.Treatment };
        var command = new Command("add", "Add a recipient organization.") { id, name, @class, purpose };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var r = e.Recipients.Add(parsed.GetValue(id)!, parsed.GetValue(name)!, parsed.GetValue(@class)!, parsed.GetValue(purpose)!, engine.Actor(parsed));
            console.Out.WriteLine($"recipient {r.Id} ({r.Name}): {RecipientClasses.Words.Label(r.Class).ToLowerInvariant()}, requests for {r.Purpose}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Endpoint(CliConsole console, EngineAccess engine)
    {
        var id = new Argument<string>("id") { Description = "The recipient's id." };
        var url = new Option<string?>("--url") { Description = "Its FHIR server's base address (https, or this machine); leave out to stop sending.", HelpName = "URL" };
        var tokenFile = new Option<string?>("--token-file") { Description = "A file holding the fixed bearer token the server expects (kept out of the shell's history).", HelpName = "FILE" };
        var tokenUrl = new Option<string?>("--token-url") { Description = "Instead of a fixed token: the server's OAuth 2.0 token service, asked with client credentials.", HelpName = "URL" };
        var clientId = new Option<string?>("--client-id") { Description = "The client id the token service knows the program by.", HelpName = "ID" };
        var secretFile = new Option<string?>("--client-secret-file") { Description = "A file holding the client secret.", HelpName = "FILE" };
        var scope = new Option<string?>("--scope") { Description = $"The scope asked for (default {ClientCredentials.DefaultScope}).", HelpName = "SCOPE" };
        var command = new Command("endpoint", "Send care plans to the recipient's FHIR server when a workflow refreshes them (only for clients whose consent covers it).")
            { id, url, tokenFile, tokenUrl, clientId, secretFile, scope };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            string? token = null;
            if (parsed.GetValue(tokenFile) is { } file)
            {
                if (!File.Exists(file)) return console.Invalid($"--token-file {file}: no such file");
                token = File.ReadAllText(file).Trim();
            }
            ClientCredentials? credentials = null;
            if (parsed.GetValue(tokenUrl) is { } service)
            {
                if (!Uri.TryCreate(service, UriKind.Absolute, out var serviceUrl)) return console.Invalid($"--token-url '{service}' is not a web address");
                if (parsed.GetValue(clientId) is not { Length: > 0 } client) return console.Invalid("--token-url needs --client-id");
                if (parsed.GetValue(secretFile) is not { } secretPath) return console.Invalid("--token-url needs --client-secret-file");
                if (!File.Exists(secretPath)) return console.Invalid($"--client-secret-file {secretPath}: no such file");
                credentials = new ClientCredentials(serviceUrl, client, File.ReadAllText(secretPath).Trim(), parsed.GetValue(scope) ?? ClientCredentials.DefaultScope);
            }
            else if (parsed.GetValue(clientId) is not null || parsed.GetValue(secretFile) is not null)
                return console.Invalid("--client-id and --client-secret-file go with --token-url");
            var set = e.Recipients.SetEndpoint(parsed.GetValue(id)!, parsed.GetValue(url), token, engine.Actor(parsed), credentials);
            console.Out.WriteLine(set is null
                ? $"recipient {parsed.GetValue(id)}: care plans are not sent"
                : $"recipient {set.Recipient.Id}: care plans are sent to {set.Url}{(set.Token is not null ? " with a bearer token" : set.Credentials is { } c ? $" with tokens from {c.TokenUrl} for {c.ClientId} ({c.Scope})" : "")}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ListRecipients(CliConsole console, EngineAccess engine)
    {
        var command = new Command("list", "List the recipient organizations.");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var all = e.Recipients.List();
            if (all.Count == 0) console.Out.WriteLine("no recipients yet");
            foreach (var r in all) console.Out.WriteLine($"{r.Id}\t{r.Name}\t{r.Class}\t{r.Purpose}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command AddConsent(CliConsole console, EngineAccess engine)
    {
        var client = Options.Client();
        var kind = new Option<string>("--kind") { Description = $"{Words(ConsentKinds.Words)}.", DefaultValueFactory = _ => ConsentKinds.Tpo };
        var recipient = new Option<string?>("--recipient") { Description = "The recipient organization's id." };
        var @class = new Option<string?>("--class") { Description = $"A class of recipient instead of one organization: {Words(RecipientClasses.Words)}." };
        var purposes = new Option<string[]>("--purpose") { Description = $"A purpose it allows, repeated for several: {Words(DisclosurePurposes.Words)}; a TPO consent naming none allows treatment, payment and operations.", AllowMultipleArgumentsPerToken = true };
        var what = new Option<string?>("--purpose-text") { Description = "What a specific-purpose consent is for, as the form says." };
        var covers = new Option<string>("--covers") { Description = $"{Words(ConsentCoverage.Words)}.", DefaultValueFactory = _ => ConsentCoverage.All };
        var effective = Options.Date("--effective", "The day it takes effect (YYYY-MM-DD); the day it was signed unless given.", required: false);
        var expires = Options.Date("--expires", "The last day it is in effect; none for a TPO consent lasting until revoked.", required: false);
        var signed = Options.Date("--signed", "The day the client signed it.");
        var witness = new Option<string?>("--witness") { Description = "Who witnessed the signature." };
        var form = new Option<FileInfo?>("--form") { Description = "The scanned, signed form: a PDF, PNG or JPEG file." };
        var command = new Command("add", "Record a client's consent (or that they declined) as signed; its terms are locked from then on.")
            { client, kind, recipient, @class, purposes, what, covers, effective, expires, signed, witness, form };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var signedOn = parsed.GetValue(signed);
            var draft = new ConsentDraft(parsed.GetValue(kind)!, parsed.GetValue(recipient), parsed.GetValue(@class), parsed.GetValue(purposes) ?? [],
                parsed.GetValue(what), parsed.GetValue(covers)!,
                parsed.GetResult(effective) is null ? signedOn : parsed.GetValue(effective),
                parsed.GetResult(expires) is null ? null : parsed.GetValue(expires), signedOn, parsed.GetValue(witness));
            var scanned = parsed.GetValue(form) is { } file ? new ScannedForm(file.Name, ReadForm(file)) : null;
            var id = e.Consents.Record(parsed.GetValue(client)!, draft, scanned, engine.Actor(parsed));
            console.Out.WriteLine($"consent {id} recorded for {parsed.GetValue(client)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static byte[] ReadForm(FileInfo file)
    {
        if (!file.Exists) throw Engine.EngineException.NotFound($"{file.FullName}: no such file");
        if (file.Length > ScannedForm.MaxBytes) throw Engine.EngineException.Invalid($"{file.FullName}: the scanned form is {file.Length / 1024 / 1024} MB; it may be at most {ScannedForm.MaxBytes / 1024 / 1024} MB");
        return File.ReadAllBytes(file.FullName);
    }

    private static Command Revoke(CliConsole console, EngineAccess engine)
    {
        var id = new Argument<long>("consent") { Description = "The consent's number, as 'iop consent list' shows it." };
        var on = Options.Date("--on", "The day the client revoked it; it takes effect as soon as it is recorded.");
        var note = new Option<string?>("--note") { Description = "How the client revoked it, such as by phone." };
        var command = new Command("revoke", "Record a client's revocation of a consent; nothing is disclosed under it from now on.") { id, on, note };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            e.Consents.Revoke(parsed.GetValue(id), parsed.GetValue(on), parsed.GetValue(note), engine.Actor(parsed));
            console.Out.WriteLine($"consent {parsed.GetValue(id)} revoked");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliConsole console, EngineAccess engine)
    {
        var client = Options.Client();
        var command = new Command("list", "List a client's consents, newest first, with where each stands today.") { client };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var all = e.Consents.ForClient(parsed.GetValue(client)!);
            if (all.Count == 0) console.Out.WriteLine($"no consent on file for {parsed.GetValue(client)}");
            foreach (var c in all)
            {
                var t = c.Terms;
                var period = $"{Day(t.EffectiveOn)} to {(t.ExpiresOn is { } x ? Day(x) : "revoked")}";
                console.Out.WriteLine($"{t.Id}\t{c.Standing.ToString().ToLowerInvariant()}\t{t.Kind}\t{c.RecipientName}\t{string.Join(",", t.Purposes)}\t{t.Covers}\t{period}\tsigned {Day(t.SignedOn)}"
                    + (c.RevokedOn is { } r ? $"\trevoked {Day(r)} by {c.RevokedBy}" : "") + (c.Form is { } f ? $"\tform {f.FileName}" : ""));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disclosures(CliConsole console, EngineAccess engine)
    {
        var client = Options.Client();
        var command = new Command("disclosures", "Print a client's accounting of disclosures as CSV: to whom, when, what, under which consent.") { client };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            AccountingFile.WriteCsv(e.Disclosures.Accounting(parsed.GetValue(client)!), console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Declare(CliConsole console, EngineAccess engine)
    {
        var client = Options.Client();
        var recipient = Options.Required("--recipient", "The recipient organization treating the emergency.");
        var reason = Options.Required("--reason", "The medical emergency, in a few words.");
        var hours = new Option<int>("--hours") { Description = "How long it lasts, 1 to 72 hours.", DefaultValueFactory = _ => 24 };
        var command = new Command("declare", "Declare a medical emergency (a clinical lead, --by): the recipient may read the client's records until it ends.") { client, recipient, reason, hours };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var glass = e.BreakGlass.Declare(parsed.GetValue(client)!, parsed.GetValue(recipient)!, parsed.GetValue(reason)!, Duration.FromHours(parsed.GetValue(hours)), engine.Actor(parsed));
            console.Out.WriteLine($"break-glass {glass.Id}: {glass.RecipientName} may read {glass.ClientId}'s records until {glass.Ends} (UTC)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command End(CliConsole console, EngineAccess engine)
    {
        var id = new Argument<long>("id") { Description = "The break-glass number." };
        var command = new Command("end", "End a break-glass early.") { id };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            e.BreakGlass.End(parsed.GetValue(id), engine.Actor(parsed));
            console.Out.WriteLine($"break-glass {parsed.GetValue(id)} ended");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ListBreakGlass(CliConsole console, EngineAccess engine)
    {
        var command = new Command("list", "List every break-glass, newest first, for review.");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var all = e.BreakGlass.List();
            if (all.Count == 0) console.Out.WriteLine("no break-glass declared");
            foreach (var b in all) console.Out.WriteLine($"{b.Id}\t{b.ClientId}\t{b.RecipientId}\t{b.Start} to {b.Ends}\t{b.DeclaredBy}\t{b.Reason}" + (b.EndedBy is { } who ? $"\tended by {who}" : ""));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Words(Vocabulary words) => string.Join(", ", words.All.Select(t => t.Word));

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
