using System.CommandLine;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// Opens the engine on the database a command names (<c>--db</c>, else <c>IOP_DB</c>, else
/// <c>data/iop.db</c>; a connection string means PostgreSQL), and turns the engine's refusals into messages and exit codes.
/// </summary>
internal sealed class EngineAccess(TimeProvider clock)
{
    public const string DatabaseVariable = "IOP_DB";

    public Option<string> Database { get; } = new("--db")
    {
        Description = $"The database: a SQLite file, or a PostgreSQL connection string (Host=…;Database=…) or postgres:// URL (default: ${DatabaseVariable}, else {IopDatabase.DefaultPath}).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } path ? path : IopDatabase.DefaultPath,
    };

    public Option<string?> By { get; } = new("--by")
    {
        Description = "Who is making the change, for the journal (default: your user name).",
        Recursive = true,
    };

    public TimeProvider Clock { get; } = clock;

    public string Actor(ParseResult parsed) => Actors.CommandLine(parsed.GetValue(By));

    /// <summary>Runs <paramref name="action"/> against an up-to-date database; a refusal prints its reasons and exits non-zero.</summary>
    public int Run(ParseResult parsed, CliConsole console, Func<IopEngine, int> action)
    {
        var setting = parsed.GetValue(Database)!;
        if (string.IsNullOrWhiteSpace(setting)) return console.Invalid("--db is empty: give a SQLite file or a PostgreSQL connection string");
        using var created = NewDatabaseFile.Watch(setting);
        try
        {
            var database = IopDatabase.FromSetting(setting);
            database.Migrate();
            var code = action(new IopEngine(database, Clock));
            if (code == ExitCodes.Ok) created.Keep();
            return code;
        }
        catch (EngineException e)
        {
            return Refused(console, e);
        }
    }

    public static int Refused(CliConsole console, EngineException e)
    {
        console.Error.WriteLine($"error: {OptionNames.Message(e)}");
        foreach (var detail in e.Details) console.Error.WriteLine($"  {detail}");
        return e.Kind switch
        {
            ProblemKind.NotFound => ExitCodes.NotFound,
            ProblemKind.Conflict => ExitCodes.Conflict,
            _ => ExitCodes.InvalidInput,
        };
    }
}
