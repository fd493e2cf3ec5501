using IopCurriculum.Access;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Billing;
using IopCurriculum.Engine.Charts;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Engine.Feeds;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
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
        : this(Parts(new EngineContext(database ?? throw new ArgumentNullException(nameof(database)), clock), dataFolder))
    {
    }

    /// <summary>The engine on parts a service container made (<see cref="EngineRegistration.AddIopEngine"/>).</summary>
    internal IopEngine(EngineContext context, CurriculumLibrary library, CohortReader snapshots,
        UserDirectory users, ApiTokens tokens, CalendarFeeds feeds, AccessAudit audit)
    {
        Context = context;
        Curricula = library;
        context.Library = library;
        Snapshots = snapshots;
        Users = users;
        Tokens = tokens;
        Feeds = feeds;
        Audit = audit;
        Programs = new ProgramService(context);
        Cohorts = new CohortService(context, library);
        Enrolments = new EnrolmentService(context);
        Attendance = new AttendanceService(context);
        Results = new ResultService(context);
        Measures = new MeasureService(context);
        Weeks = new WeekAdvancer(context);
        Clinical = new ClinicalService(context);
        Migrations = new WorkflowMigrationService(context);
        Reports = new EngineReports(context, snapshots);
        Workflows = new WorkflowLibrary(context);
        TreatmentPlans = new TreatmentPlanService(context, users);
        Discharges = new DischargeSummaryService(context, users);
        Notes = new ProgressNoteService(context, snapshots, users);
        Charts = new ClientChartReader(context, snapshots, TreatmentPlans, Discharges, Notes);
        CounselingNotes = new CounselingNoteService(context, users);
        Billing = new BillingReport(snapshots);
        Recipients = new RecipientService(context);
        Consents = new ConsentService(context, users);
        BreakGlass = new BreakGlassService(context, users);
        Disclosures = new DisclosureGate(context);
        Actions = new ActionOutbox(context);
        Tasks = new StaffTaskService(context);
        Rewards = new RewardLedger(context);
        BuiltInHandlers = [new RewardHandler(Rewards), new IndividualSessionHandler(context)];
    }

    private IopEngine((EngineContext Context, CurriculumLibrary Library, CohortReader Snapshots) parts)
        : this(parts.Context, parts.Library, parts.Snapshots, new UserDirectory(parts.Context), new ApiTokens(parts.Context),
            new CalendarFeeds(parts.Context, new CohortFeedEvents(parts.Snapshots)), new AccessAudit(parts.Context))
    {
    }

    private static (EngineContext, CurriculumLibrary, CohortReader) Parts(EngineContext context, string? dataFolder) =>
        (context, new CurriculumLibrary(context, dataFolder ?? DefaultDataFolder(context.Database)), new CohortReader(context));

    internal EngineContext Context { get; }

    /// <summary>Where a database's files (stored curricula, ready packets, exports) are kept unless a host says otherwise: beside the SQLite file.</summary>
    public static string DefaultDataFolder(IopDatabase database) =>
        database.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource) ?? "data"
            : "data";
    public IopDatabase Database => Context.Database;
    public TimeProvider Clock => Context.Clock;
    public ProgressNoteService Notes { get; }
    public CounselingNoteService CounselingNotes { get; }
    public BillingReport Billing { get; }
    public RecipientService Recipients { get; }
    public ConsentService Consents { get; }
    public BreakGlassService BreakGlass { get; }
    /// <summary>The one gate every disclosure passes: consent or break-glass, and the accounting of disclosures.</summary>
    public DisclosureGate Disclosures { get; }
    /// <summary>What transitions asked for, as a queue the dispatcher works through; failures end up as incidents.</summary>
    public ActionOutbox Actions { get; }
    /// <summary>The team's task inbox, filled by <c>notify-team</c>.</summary>
    public StaffTaskService Tasks { get; }
    /// <summary>Contingency-management rewards, granted by <c>issue-reward</c> and handed over by staff.</summary>
    public RewardLedger Rewards { get; }
    /// <summary>The handlers whose work is only the engine's own rows; a dispatcher always has them.</summary>
    internal IReadOnlyList<IActionHandler> BuiltInHandlers { get; }
    public ProgramService Programs { get; }
    public CohortService Cohorts { get; }
    public EnrolmentService Enrolments { get; }
    public AttendanceService Attendance { get; }
    public ResultService Results { get; }
    /// <summary>Rating instruments (PHQ-9, GAD-7, BAM, craving): recorded with their answers, scored, and struck out when entered in error.</summary>
    public MeasureService Measures { get; }
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
    /// <summary>Clients' treatment plans: versions, signing, agreement and reviews.</summary>
    public TreatmentPlanService TreatmentPlans { get; }
    /// <summary>Discharge summaries and aftercare plans, written when a course ends.</summary>
    public DischargeSummaryService Discharges { get; }
    /// <summary>One client across every cohort: the chart clinicians read, and finding clients by id or name.</summary>
    public ClientChartReader Charts { get; }
}
