using IopCurriculum.Engine.Actions;
using IopCurriculum.Persistence;

namespace IopCurriculum.Web.Hosting;

/// <summary>
/// The host's settings, from <c>appsettings.json</c>, <c>IOP_</c>-less environment variables such as
/// <c>Iop__Database</c>, or the command line (<c>--Iop:Database=…</c>). <c>IOP_DB</c> is honoured too, as
/// the command-line tool uses it.
/// </summary>
public sealed record WebSettings
{
    public const string Section = "Iop";
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>A SQLite file path or a PostgreSQL connection string.</summary>
    public string Database { get; init; } = IopDatabase.DefaultPath;

    /// <summary>Runs the week-boundary scheduler inside the web host.</summary>
    public bool Scheduler { get; init; } = true;

    /// <summary>Runs the action dispatcher inside the web host: tasks, notices, care-plan pushes and ready packets.</summary>
    public bool Actions { get; init; } = true;

    /// <summary>How many times a failing action is tried before it becomes an incident.</summary>
    public int ActionTries { get; init; } = DispatchSettings.Default.MaxAttempts;

    /// <summary>The address staff open the web app at; task notices link to it. The listening address unless set.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>Seeds the Matrix curriculum and a labelled demo program and cohort into an empty database.</summary>
    public bool Seed { get; init; } = true;

    /// <summary>Where cookie-protection keys, uploaded curricula and export files are kept.</summary>
    public string DataFolder { get; init; } = "data";

    /// <summary>The repository folder the first run imports curricula and workflows from.</summary>
    public string ContentRoot { get; init; } = ".";

    /// <summary>The largest request body accepted, in bytes; a curriculum upload is the biggest thing anyone sends.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    public static WebSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(Section).Get<WebSettings>() ?? new WebSettings();
        if (configuration.GetSection(Section)["Database"] is null && configuration["IOP_DB"] is { Length: > 0 } db)
            settings = settings with { Database = db };
        return settings;
    }
}
