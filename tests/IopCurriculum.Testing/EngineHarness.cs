using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Xunit;

namespace IopCurriculum.Testing;

/// <summary>
/// An engine on a fresh database and a fake clock that moves only when a test moves it, with the
/// look-ups the tests share: sessions of a week, a client's instances, the journal, row counts.
/// </summary>
public sealed class EngineHarness : IDisposable
{
    public const string ProgramId = "eastside";

    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly TestDatabase _database = new();

    /// <param name="startLocal">The clock's first reading, in <paramref name="zone"/> (Los Angeles by default).</param>
    public EngineHarness(LocalDateTime startLocal, DateTimeZone? zone = null)
    {
        Zone = zone ?? LosAngeles;
        Clock = new FakeTimeProvider(startLocal.InZoneStrictly(Zone).ToDateTimeOffset());
        Engine = new IopEngine(_database.Database, Clock);
    }

    public FakeTimeProvider Clock { get; }

    public IopEngine Engine { get; }

    public DateTimeZone Zone { get; }

    public IopDatabase Database => _database.Database;

    public string DatabasePath => _database.Path;

    public Instant Now => Instant.FromDateTimeOffset(Clock.GetUtcNow());

    public LocalDateTime LocalNow => Now.InZone(Zone).LocalDateTime;

    /// <summary>Another engine on the same database file and clock, as a second process would be.</summary>
    public IopEngine SecondEngine() => new(Database, Clock);

    /// <summary>Moves the clock forward to a local time; the clock never runs backwards.</summary>
    public void SetLocal(LocalDateTime local) => SetInstant(local.InZoneStrictly(Zone).ToInstant());

    public void SetInstant(Instant instant) => Clock.SetUtcNow(instant.ToDateTimeOffset());

    /// <summary>Moves the clock to just after a session ends, unless it is already later.</summary>
    public void AfterSession(PlannedSessionRecord session)
    {
        var end = Instant.FromDateTimeUtc(session.StartUtc).Plus(Duration.FromMinutes(session.Minutes));
        if (end > Now) SetInstant(end);
    }

    /// <summary>Moves the clock to just after a session an enrolment booked ends, unless it is already later.</summary>
    public void AfterSession(CalendarSession session) => AfterSession(Row(session));

    public ProgramSummary CreateProgram(string? calendarPath = null, string? timeZone = null) =>
        Engine.Programs.Create(ProgramId, "Eastside IOP", timeZone, calendarPath ?? Repo.LosAngelesCalendar);

    public CreatedCohort CreateCohort(LocalDate start, IReadOnlyList<string>? workflows = null, string? id = null, int? weeks = null, bool openGroups = true) =>
        Engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = ProgramId,
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = workflows ?? [Repo.MatrixClient, Repo.ContingencyManagement],
            Start = start,
            Id = id,
            Weeks = weeks,
            OpenGroups = openGroups,
            Actor = "test",
        });

    public EnrolmentResult Enrol(string cohortId, string clientId, int? week = null) =>
        Engine.Enrolments.Enrol(new EnrolRequest
        {
            CohortId = cohortId,
            ClientId = clientId,
            GivenName = "Client",
            FamilyName = clientId,
            Week = week,
            Actor = "test",
        });

    public AttendanceResult Attend(string cohortId, string clientId, PlannedSessionRecord session, string status = "attended") =>
        Attend(cohortId, clientId, session.Id, status);

    public AttendanceResult Attend(string cohortId, string clientId, CalendarSession session, string status = "attended") =>
        Attend(cohortId, clientId, session.Id, status);

    private AttendanceResult Attend(string cohortId, string clientId, long sessionId, string status) =>
        Engine.Attendance.Record(new AttendanceRequest
        {
            CohortId = cohortId,
            ClientId = clientId,
            SessionId = sessionId,
            Status = status,
            Actor = "test",
        });

    /// <summary>The stored row of a session the engine showed.</summary>
    public PlannedSessionRecord Row(CalendarSession session)
    {
        using var db = Database.Open();
        return db.PlannedSessions.AsNoTracking().Single(s => s.Id == session.Id);
    }

    public ResultOutcome Result(string cohortId, string clientId, LocalDate collectedOn, string outcome) =>
        Engine.Results.Record(new ResultRequest
        {
            CohortId = cohortId,
            ClientId = clientId,
            CollectedOn = collectedOn,
            Outcome = outcome,
            Actor = "test",
        });

    /// <summary>The week's sessions in time order: the groups, and every client's own sessions.</summary>
    public List<PlannedSessionRecord> Sessions(string cohortId, int week)
    {
        using var db = Database.Open();
        return [.. db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Week == week).OrderBy(s => s.StartUtc).ThenBy(s => s.Id)];
    }

    public List<PlannedSessionRecord> AllSessions(string cohortId)
    {
        using var db = Database.Open();
        return [.. db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartUtc).ThenBy(s => s.Id)];
    }

    public EnrolmentRecord Enrolment(string cohortId, string clientId)
    {
        using var db = Database.Open();
        return db.Enrolments.AsNoTracking().Single(e => e.CohortId == cohortId && e.ClientId == clientId);
    }

    /// <summary>The client's instance of the named workflow, with its definition.</summary>
    public InstanceRecord Instance(string cohortId, string clientId, string workflow)
    {
        using var db = Database.Open();
        return db.Instances.AsNoTracking().Include(i => i.Definition).Include(i => i.Enrolment)
            .Where(i => i.Enrolment!.CohortId == cohortId && i.Enrolment.ClientId == clientId)
            .AsEnumerable()
            .Single(i => i.Definition!.Name == workflow);
    }

    public List<JournalRecord> Journal()
    {
        using var db = Database.Open();
        return [.. db.Journal.AsNoTracking().OrderBy(j => j.Id)];
    }

    /// <summary>The journal entries of one instance, in order.</summary>
    public List<JournalRecord> Journal(long instanceId) => [.. Journal().Where(j => j.InstanceId == instanceId)];

    public List<OutboxRecord> Outbox(long journalId)
    {
        using var db = Database.Open();
        return [.. db.Outbox.AsNoTracking().Where(o => o.JournalId == journalId).OrderBy(o => o.Id)];
    }

    public RowCounts Counts()
    {
        using var db = Database.Open();
        return new RowCounts(
            db.Programs.Count(), db.Cohorts.Count(), db.CohortWorkflows.Count(), db.WorkflowDefinitions.Count(),
            db.Clients.Count(), db.Enrolments.Count(), db.EnrolmentEvents.Count(), db.Instances.Count(),
            db.PlannedSessions.Count(), db.Attendance.Count(), db.TestResults.Count(), db.Journal.Count(), db.Outbox.Count());
    }

    /// <summary>Row counts and the fields a write changes in place: instances' stages and revisions, cohorts' weeks.</summary>
    public StoredState State()
    {
        using var db = Database.Open();
        var instances = string.Join("; ", db.Instances.AsNoTracking().OrderBy(i => i.Id).AsEnumerable()
            .Select(i => $"{i.Id}:{i.DefinitionId}:{i.Stage}:{i.StageSinceWeek}:{i.WeeksProcessed}:{i.ConsecutiveNegatives}:{i.Active}:{i.Revision}"));
        var cohorts = string.Join("; ", db.Cohorts.AsNoTracking().OrderBy(c => c.Id).AsEnumerable()
            .Select(c => $"{c.Id}:{c.WeeksAdvanced}:{c.Revision}"));
        return new StoredState(Counts(), instances, cohorts);
    }

    /// <summary>Asserts that <paramref name="request"/> is refused as <paramref name="kind"/> and leaves the database as it was.</summary>
    public EngineException AssertRefused(ProblemKind kind, Action request)
    {
        var before = State();
        var refused = Assert.Throws<EngineException>(request);
        Assert.Equal(kind, refused.Kind);
        Assert.Equal(before, State());
        return refused;
    }

    public void Dispose() => _database.Dispose();
}
