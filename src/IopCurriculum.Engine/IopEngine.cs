using IopCurriculum.Access;
using IopCurriculum.Engine.Feeds;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Engine.Versions;
using IopCurriculum.Engine.Weeks;
using IopCurriculum.Library;
using IopCurriculum.Persistence;

namespace IopCurriculum.Engine;

/// <summary>
/// The cohort engine: one object per database and clock, handing out the services hosts call. Every
/// write a service makes is one transaction; a refused request throws <see cref="EngineException"/>
/// and writes nothing.
/// </summary>
public sealed class IopEngine
{
    /// <param name="dataFolder">Where stored curriculum versions are written out for cohorts; by default the
    /// SQLite file's folder, or <c>data</c> in the working folder for PostgreSQL.</param>
    public IopEngine(IopDatabase database, TimeProvider clock, string? dataFolder = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var context = new EngineContext(database, clock);
        Context = context;
        Curricula = new CurriculumLibrary(context, dataFolder ?? DefaultDataFolder(database));
        context.Library = Curricula;
        Programs = new ProgramService(context);
        Cohorts = new CohortService(context, Curricula);
        Enrolments = new EnrolmentService(context);
        Attendance = new AttendanceService(context);
        Results = new ResultService(context);
        Weeks = new WeekAdvancer(context);
        Clinical = new ClinicalService(context);
        Migrations = new WorkflowMigrationService(context);
        Snapshots = new CohortReader(context);
        Reports = new EngineReports(context, Snapshots);
        Users = new UserDirectory(context);
        Tokens = new ApiTokens(context);
        Feeds = new CalendarFeeds(context, new CohortFeedEvents(Snapshots));
        Audit = new AccessAudit(context);
        Workflows = new WorkflowLibrary(context);
    }

    internal EngineContext Context { get; }

    private static string DefaultDataFolder(IopDatabase database) =>
        database.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource) ?? "data"
            : "data";
    public IopDatabase Database => Context.Database;
    public TimeProvider Clock => Context.Clock;
    public ProgramService Programs { get; }
    public CohortService Cohorts { get; }
    public EnrolmentService Enrolments { get; }
    public AttendanceService Attendance { get; }
    public ResultService Results { get; }
    public WeekAdvancer Weeks { get; }
    public ClinicalService Clinical { get; }
    public WorkflowMigrationService Migrations { get; }
    /// <summary>The one reader of cohorts for views and exports: read-only snapshots, never written back.</summary>
    public CohortReader Snapshots { get; }
    public EngineReports Reports { get; }
    public UserDirectory Users { get; }
    public ApiTokens Tokens { get; }
    public CalendarFeeds Feeds { get; }
    public AccessAudit Audit { get; }
    public CurriculumLibrary Curricula { get; }
    public WorkflowLibrary Workflows { get; }
}
