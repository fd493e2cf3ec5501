using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>
/// An engine on a fresh database and a fake clock that moves only when a test moves it, with the
/// look-ups and writes the export tests need: enrol, attend, results, clinical decisions, week ends.
/// </summary>
internal sealed class FhirHarness : IDisposable
{
    public const string ProgramId = "eastside";

    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static readonly WorkflowDefinition Course = WorkflowLoader.Load(Repo.MatrixClient).Value;

    private readonly TestDatabase _database = new();

    public FhirHarness(LocalDateTime startLocal)
    {
        Clock = new FakeTimeProvider(startLocal.InZoneStrictly(LosAngeles).ToDateTimeOffset());
        Engine = new IopEngine(_database.Database, Clock);
    }

    public FakeTimeProvider Clock { get; }

    public IopEngine Engine { get; }

    public IopDatabase Database => _database.Database;

    public string DatabasePath => _database.Path;

    public Instant Now => Instant.FromDateTimeOffset(Clock.GetUtcNow());

    public void SetLocal(LocalDateTime local) => SetInstant(local.InZoneStrictly(LosAngeles).ToInstant());

    /// <summary>Moves the clock forward; it never runs backwards.</summary>
    public void SetInstant(Instant instant)
    {
        if (instant > Now) Clock.SetUtcNow(instant.ToDateTimeOffset());
    }

    public void AfterSession(PlannedSessionRecord session) =>
        SetInstant(Instant.FromDateTimeUtc(session.StartUtc).Plus(Duration.FromMinutes(session.Minutes)));

    public ProgramSummary CreateProgram() => Engine.Programs.Create(ProgramId, "Eastside IOP", null, Repo.LosAngelesCalendar);

    public CreatedCohort CreateCohort(LocalDate start) =>
        Engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = ProgramId,
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [Repo.MatrixClient, Repo.ContingencyManagement],
            Start = start,
            Actor = "test",
        });

    public ClientEnrolment Enrol(string cohortId, string clientId, int week) =>
        Engine.Enrolments.Enrol(new EnrolRequest
        {
            CohortId = cohortId, ClientId = clientId, GivenName = "Client", FamilyName = clientId, Week = week, Actor = "test",
        }).Enrolment;

    public void Attend(string cohortId, string clientId, PlannedSessionRecord session, string status, string? note = null) =>
        Engine.Attendance.Record(new AttendanceRequest
        {
            CohortId = cohortId, ClientId = clientId, SessionId = session.Id, Status = status, Actor = "test", Note = note,
        });

    public void Result(string cohortId, string clientId, LocalDate collectedOn, string outcome, string? substances = null) =>
        Engine.Results.Record(new ResultRequest
        {
            CohortId = cohortId, ClientId = clientId, CollectedOn = collectedOn, Outcome = outcome, Substances = substances, Actor = "test",
        });

    public void Discharge(string cohortId, string clientId) =>
        Engine.Clinical.Discharge(new ClinicalRequest { CohortId = cohortId, ClientId = clientId, Reason = "moved away", Actor = "test" });

    public void Hold(string cohortId, string clientId) =>
        Engine.Clinical.Override(new ClinicalRequest { CohortId = cohortId, ClientId = clientId, Reason = "hospital stay", Actor = "test" }, "on-hold");

    public List<PlannedSessionRecord> Sessions(string cohortId, int week)
    {
        using var db = Database.Open();
        return [.. db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Week == week).OrderBy(s => s.StartUtc).ThenBy(s => s.Id)];
    }

    /// <summary>The client's course stage now, and the group tracks it attends.</summary>
    public (string Stage, IReadOnlyList<string> Attends) Stage(string cohortId, string clientId)
    {
        using var db = Database.Open();
        var stage = db.Instances.AsNoTracking().Include(i => i.Enrolment).Include(i => i.Definition)
            .Where(i => i.Enrolment!.CohortId == cohortId && i.Enrolment.ClientId == clientId).AsEnumerable()
            .Single(i => i.Definition!.Name == Course.Name).Stage;
        return (stage, Course.FindStage(stage)?.Attends ?? []);
    }

    public EnrolmentRecord Enrolment(string cohortId, string clientId)
    {
        using var db = Database.Open();
        return db.Enrolments.AsNoTracking().Single(e => e.CohortId == cohortId && e.ClientId == clientId);
    }

    public List<ExportAuditRecord> Audit()
    {
        using var db = Database.Open();
        return [.. db.ExportAudit.AsNoTracking().OrderBy(a => a.Id)];
    }

    public void Dispose() => _database.Dispose();
}
