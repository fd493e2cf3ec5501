using System.CommandLine;
using System.Globalization;
using System.Text;
using IopCurriculum.Access;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// <c>iop user …</c>: the web app's accounts. The first administrator can only be made here, by someone
/// with access to the machine and its database; after that administrators manage users in the browser too.
/// </summary>
internal static class UserCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("user", "Web app accounts: roles, passwords, cohorts and API tokens.")
    {
        Add(console, engine),
        List(console, engine),
        Password(console, engine),
        SetRoles(console, engine),
        Disable(console, engine),
        CoSignature(console, engine),
        ActsFor(console, engine),
        Email(console, engine),
        Assign(console, engine),
        Token(console, engine),
    };

    private static Argument<string> Name() => new("name") { Description = "The user name they sign in with." };

    private static Option<string?> PasswordFile() => new("--password-file")
    {
        Description = "Read the password from this file's first line ('-' for standard input); otherwise it is asked for without echo.",
    };

    private static Command Add(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var role = Options.Required("--role", $"Roles, comma-separated: {string.Join(", ", Roles.All)}.");
        var display = new Option<string?>("--display-name") { Description = "The name shown in the app (default: the user name)." };
        var passwordFile = PasswordFile();
        var command = new Command("add", "Create an account. The first administrator is made this way.") { name, role, display, passwordFile };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            if (ReadPassword(console, parsed.GetValue(passwordFile), confirm: true) is not { } password) return ExitCodes.InvalidInput;
            var user = e.Users.Create(parsed.GetValue(name)!, parsed.GetValue(display) ?? "", password, parsed.GetValue(role)!, engine.Actor(parsed));
            console.Out.WriteLine($"user {user.UserName} created with roles {user.Roles}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliConsole console, EngineAccess engine)
    {
        var command = new Command("list", "List the accounts, their roles and the cohorts facilitators run.");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            foreach (var user in e.Users.List())
            {
                var cohorts = e.Users.CohortsOf(user.Id);
                console.Out.WriteLine(string.Join('\t', user.UserName, user.Roles, user.DisabledUtc is null ? "active" : "disabled",
                    cohorts.Count == 0 ? "-" : string.Join(',', cohorts)));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Password(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var passwordFile = PasswordFile();
        var command = new Command("password", "Set a new password; the user's current sign-ins end.") { name, passwordFile };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            if (ReadPassword(console, parsed.GetValue(passwordFile), confirm: true) is not { } password) return ExitCodes.InvalidInput;
            var user = e.Users.SetPassword(parsed.GetValue(name)!, password, engine.Actor(parsed));
            console.Out.WriteLine($"password changed for {user.UserName}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command SetRoles(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var role = Options.Required("--role", $"The new roles, comma-separated: {string.Join(", ", Roles.All)}.");
        var command = new Command("roles", "Replace a user's roles; their current sign-ins end.") { name, role };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var user = e.Users.SetRoles(parsed.GetValue(name)!, parsed.GetValue(role)!, engine.Actor(parsed));
            console.Out.WriteLine($"user {user.UserName} now has roles {user.Roles}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disable(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var enable = new Option<bool>("--enable") { Description = "Enable the account again instead." };
        var command = new Command("disable", "Stop an account signing in or using its tokens.") { name, enable };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var user = parsed.GetValue(enable)
                ? e.Users.Enable(parsed.GetValue(name)!, engine.Actor(parsed))
                : e.Users.Disable(parsed.GetValue(name)!, engine.Actor(parsed));
            console.Out.WriteLine($"user {user.UserName} {(user.DisabledUtc is null ? "enabled" : "disabled")}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CoSignature(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var off = new Option<bool>("--off") { Description = "Their notes need no co-signature any more." };
        var command = new Command("cosign-notes", "Make the progress notes a user signs need a supervisor's co-signature (trainees, interns).") { name, off };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var user = e.Users.SetNotesNeedCoSignature(parsed.GetValue(name)!, !parsed.GetValue(off), engine.Actor(parsed));
            console.Out.WriteLine($"user {user.UserName}: progress notes {(user.NotesNeedCoSignature ? "need a supervisor's co-signature" : "need no co-signature")}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Email(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var address = new Option<string?>("--address") { Description = "Where their task notices go; leave out to send them none.", HelpName = "ADDRESS" };
        var command = new Command("email", "Set where a user's task notices are sent (programs that mail notices send a link, never client details).") { name, address };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var user = e.Users.SetEmail(parsed.GetValue(name)!, parsed.GetValue(address), engine.Actor(parsed));
            console.Out.WriteLine(user.Email is null ? $"user {user.UserName} gets no task notices" : $"user {user.UserName}: task notices go to {user.Email}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command ActsFor(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var recipient = Options.Required("--recipient", "The recipient organization's id, as 'iop recipient list' shows it.");
        var command = new Command("acts-for", "Set the recipient organization an integrator's tokens act for; they read only what its consents allow.") { name, recipient };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var user = e.Users.SetRecipient(parsed.GetValue(name)!, parsed.GetValue(recipient)!, engine.Actor(parsed));
            console.Out.WriteLine($"user {user.UserName} acts for recipient {user.RecipientId}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Assign(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var cohort = Options.Cohort();
        var remove = new Option<bool>("--remove") { Description = "Take the cohort away instead." };
        var command = new Command("assign", "Give a facilitator a cohort to run (or take it away).") { name, cohort, remove };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            if (parsed.GetValue(remove)) e.Users.UnassignCohort(parsed.GetValue(name)!, parsed.GetValue(cohort)!, engine.Actor(parsed));
            else e.Users.AssignCohort(parsed.GetValue(name)!, parsed.GetValue(cohort)!, engine.Actor(parsed));
            console.Out.WriteLine($"{parsed.GetValue(name)} {(parsed.GetValue(remove) ? "no longer runs" : "runs")} cohort {parsed.GetValue(cohort)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Token(CliConsole console, EngineAccess engine)
    {
        var name = Name();
        var label = Options.Required("--label", "Who the token is for, such as the EHR's name.");
        var days = new Option<int?>("--days") { Description = "Days until the token expires (default: never)." };
        var command = new Command("token", "Issue a bearer token for an integrator's system. It is printed once; keep it safe.") { name, label, days };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var lifetime = parsed.GetValue(days) is { } d ? TimeSpan.FromDays(d) : (TimeSpan?)null;
            var issued = e.Tokens.Issue(parsed.GetValue(name)!, parsed.GetValue(label)!, lifetime, engine.Actor(parsed));
            console.Out.WriteLine(issued.Token);
            console.Error.WriteLine($"token {issued.Listing.Prefix}… issued to {parsed.GetValue(name)}" +
                (issued.Listing.ExpiresUtc is { } at ? $", expires {at.ToString("u", CultureInfo.InvariantCulture)}" : ", no expiry"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The password from a file or standard input, or asked for at the terminal without echo.</summary>
    private static string? ReadPassword(CliConsole console, string? file, bool confirm)
    {
        if (file is not null)
        {
            try
            {
                var line = file == "-" ? Console.In.ReadLine() : File.ReadLines(file).FirstOrDefault();
                if (string.IsNullOrEmpty(line)) { console.Invalid($"no password in {(file == "-" ? "standard input" : file)}"); return null; }
                return line;
            }
            catch (IOException e)
            {
                console.Invalid($"cannot read {file}: {e.Message}");
                return null;
            }
        }
        if (Console.IsInputRedirected)
        {
            console.Invalid("give --password-file (use - for standard input) when not at a terminal");
            return null;
        }
        var first = Prompt("Password: ");
        if (confirm && Prompt("Again: ") != first)
        {
            console.Invalid("the two passwords differ");
            return null;
        }
        return first;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
