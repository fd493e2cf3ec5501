using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Bench;

/// <summary>
/// The FHIR benchmark's set-up: whole courses without replaying 16 weeks through the engine.
/// </summary>
internal static class FhirSeed
{
    private const string ProgramId = FhirSuite.ProgramId;
    private static readonly DateTimeZone Zone = FhirSuite.Zone;
    private static readonly LocalDate Start = FhirSuite.Start;

    // The stage a client of the Matrix course is in each week, and the groups it attends then.
    private static readonly (int Last, string Stage, string[] Attends)[] Course =
    [
        (4, "early-recovery", ["ER", "RP", "FE", "UA"]),
        (12, "relapse-prevention", ["RP", "FE", "UA"]),
        (15, "social-support-linkage", ["RP", "SS", "FE", "UA"]),
        (16, "aftercare-plan", ["RP", "SS", "UA"]),
    ];

    /// <summary>
    /// Programs and cohorts go through the engine, and so does the first client of each cohort; the others
    /// are copies of it (enrolment, instance, individual sessions). The 16 weeks that follow are written
    /// directly: the course's stage steps, attendance at every session the stage attends (mostly attended,
    /// some late, absent or excused), and each instance completed.
    /// </summary>
    public static void Seed(string root, string path, int clients, int cohortSize)
    {
        var database = IopDatabase.Sqlite(path);
        database.Migrate();
        var clock = new SimulatedClock(new LocalDateTime(2027, 1, 1, 12, 0).InZoneStrictly(Zone).ToDateTimeOffset());
        var engine = new IopEngine(database, clock);
        engine.Programs.Create(ProgramId, "Benchmark program", Zone.Id, null);
        var curriculum = Path.Combine(root, "curricula", "matrix-16-week");
        var workflow = Path.Combine(root, "workflows", "matrix-client.yaml");
        var cohorts = (clients + cohortSize - 1) / cohortSize;
        for (var c = 0; c < cohorts; c++)
            engine.Cohorts.Create(new CohortRequest
            {
                ProgramId = ProgramId, CurriculumPath = curriculum, WorkflowPaths = [workflow], Start = Start, Id = $"f{c:D4}", Actor = "bench",
            });
        clock.MoveTo(new LocalDateTime(2027, 1, 4, 8, 0).InZoneStrictly(Zone).ToDateTimeOffset());
        var random = new Random(7);
        for (var c = 0; c < cohorts; c++)
        {
            var cohortId = $"f{c:D4}";
            var template = engine.Enrolments.Enrol(new EnrolRequest
            {
                CohortId = cohortId, ClientId = $"{cohortId}-000", GivenName = "Bench", FamilyName = "Client", Week = 1, Actor = "bench",
            });
            Copy(database, template, Math.Min(cohortSize, clients - (c * cohortSize)));
            WriteCourse(database, cohortId, random);
        }
        engine.Recipients.Add(Recipient, "Benchmark EHR", Consent.RecipientClasses.TreatingProvider, Consent.DisclosurePurposes.Treatment, "bench");
        Consents(database);
    }

    /// <summary>The recipient every benchmark client has consented to, so the export measured carries them all.</summary>
    public const string Recipient = "bench-ehr";

    /// <summary>A TPO consent to <see cref="Recipient"/> for every client, written directly as the engine would record it.</summary>
    private static void Consents(IopDatabase database)
    {
        using var db = database.Open();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var signed = new DateOnly(2027, 1, 4);
        foreach (var client in db.Clients.AsNoTracking().Select(c => c.Id).ToList())
            db.Consents.Add(new ConsentRecord
            {
                ClientId = client, Kind = "tpo", RecipientId = Recipient, Purposes = "treatment,payment,operations", Covers = "all",
                EffectiveOn = signed, SignedOn = signed, RecordedUtc = new DateTime(2027, 1, 4, 16, 0, 0, DateTimeKind.Utc), RecordedBy = "bench",
            });
        db.SaveChanges();
    }

    /// <summary>Enrols the rest of a cohort as copies of its first client, as the engine would have.</summary>
    private static void Copy(IopDatabase database, EnrolmentResult template, int size)
    {
        using var db = database.Open();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var first = template.Enrolment;
        var copies = new List<EnrolmentRecord>();
        for (var k = 1; k < size; k++)
        {
            var clientId = $"{first.CohortId}-{k:D3}";
            db.Clients.Add(new ClientRecord { Id = clientId, ProgramId = ProgramId, GivenName = "Bench", FamilyName = "Client", CreatedUtc = first.EnrolledUtc });
            var enrolment = new EnrolmentRecord { CohortId = first.CohortId, ClientId = clientId, StartWeek = 1, EnrolledUtc = first.EnrolledUtc };
            db.Enrolments.Add(enrolment);
            copies.Add(enrolment);
        }
        db.SaveChanges();
        var instance = template.Instances[0];
        var booked = db.PlannedSessions.AsNoTracking().Where(s => s.EnrolmentId == first.Id).OrderBy(s => s.Id).ToList();
        foreach (var enrolment in copies)
        {
            db.EnrolmentEvents.Add(new EnrolmentEventRecord { EnrolmentId = enrolment.Id, Kind = "enrolled", Week = 1, AtUtc = first.EnrolledUtc, Actor = "bench" });
            db.Instances.Add(new InstanceRecord
            {
                EnrolmentId = enrolment.Id, DefinitionId = instance.DefinitionId, Stage = instance.Stage, StageSinceWeek = 1, WeeksProcessed = 0, UpdatedUtc = first.EnrolledUtc,
            });
            foreach (var s in booked)
                db.PlannedSessions.Add(new PlannedSessionRecord
                {
                    CohortId = s.CohortId, EnrolmentId = enrolment.Id, Week = s.Week, TrackCode = s.TrackCode, Occurrence = s.Occurrence,
                    SessionNumber = s.SessionNumber, StartUtc = s.StartUtc, LocalStart = s.LocalStart, Minutes = s.Minutes, Status = s.Status,
                    Room = s.Room, Note = s.Note, Reason = s.Reason,
                });
        }
        db.SaveChanges();
    }

    /// <summary>The 16 weeks of a cohort's clients, written with prepared statements: the rows the engine would have left.</summary>
    private static void WriteCourse(IopDatabase database, string cohortId, Random random)
    {
        List<PlannedSessionRecord> sessions;
        List<(long Enrolment, long Instance)> clients;
        using (var db = database.Open())
        {
            sessions = db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToList();
            clients = [.. db.Instances.AsNoTracking().Where(i => i.Enrolment!.CohortId == cohortId).OrderBy(i => i.Id)
                .Select(i => new { i.EnrolmentId, i.Id }).AsEnumerable().Select(i => (i.EnrolmentId, i.Id))];
            db.Instances.Where(i => i.Enrolment!.CohortId == cohortId).ExecuteUpdate(u => u
                .SetProperty(i => i.Stage, "completed").SetProperty(i => i.StageSinceWeek, 16)
                .SetProperty(i => i.WeeksProcessed, 16).SetProperty(i => i.Active, false));
            db.Cohorts.Where(c => c.Id == cohortId).ExecuteUpdate(u => u.SetProperty(c => c.WeeksAdvanced, 16));
        }

        var weeks = new Domain.Cohorts.CohortCalendar(Start, Zone, 16);
        var recorded = DateTime.SpecifyKind(new DateTime(2027, 1, 5, 1, 0, 0), DateTimeKind.Utc);
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var journal = connection.CreateCommand();
        journal.CommandText = "INSERT INTO journal (cohort_id, instance_id, from_stage, to_stage, trigger, occurrence_key, week, actor, at_utc) " +
                              "VALUES ($cohort, $instance, '', $stage, $trigger, $key, $week, 'bench', $at)";
        var (jInstance, jStage, jTrigger, jKey, jWeek, jAt) = (journal.Parameters.Add("$instance", SqliteType.Integer), journal.Parameters.Add("$stage", SqliteType.Text),
            journal.Parameters.Add("$trigger", SqliteType.Text), journal.Parameters.Add("$key", SqliteType.Text), journal.Parameters.Add("$week", SqliteType.Integer),
            journal.Parameters.Add("$at", SqliteType.Text));
        journal.Parameters.AddWithValue("$cohort", cohortId);
        using var attendance = connection.CreateCommand();
        attendance.CommandText = "INSERT INTO attendance (planned_session_id, enrolment_id, revision, status, recorded_utc, actor) " +
                                 "VALUES ($session, $enrolment, 1, $status, $at, 'bench')";
        var (aSession, aEnrolment, aStatus, aAt) = (attendance.Parameters.Add("$session", SqliteType.Integer), attendance.Parameters.Add("$enrolment", SqliteType.Integer),
            attendance.Parameters.Add("$status", SqliteType.Text), attendance.Parameters.Add("$at", SqliteType.Text));

        foreach (var (enrolment, instance) in clients)
        {
            var steps = new List<(int Week, string Stage, string Trigger, DateTime At)>
            {
                (1, "orientation", "session-recorded", recorded),
                (1, "early-recovery", "session-recorded", recorded.AddHours(2)),
            };
            for (var week = 1; week <= 16; week++)
                steps.Add((week, week == 16 ? "completed" : Stage(week + 1).Stage, "week-elapsed", weeks.EndOf(week).ToDateTimeUtc().AddMinutes(5)));
            foreach (var (week, stage, trigger, at) in steps)
            {
                (jInstance.Value, jStage.Value, jTrigger.Value, jKey.Value, jWeek.Value, jAt.Value) =
                    (instance, stage, trigger, $"instance/{instance}/{trigger}/{week}/{stage}", week, Stored(at));
                journal.ExecuteNonQuery();
            }
            foreach (var session in sessions.Where(s => s.EnrolmentId == enrolment
                || (s.EnrolmentId is null && s.Week <= 16 && Stage(s.Week).Attends.Contains(s.TrackCode))))
            {
                var roll = random.NextDouble();
                (aSession.Value, aEnrolment.Value, aStatus.Value, aAt.Value) = (session.Id, enrolment,
                    roll < 0.90 ? "attended" : roll < 0.94 ? "late" : roll < 0.98 ? "absent" : "excused", Stored(session.StartUtc.AddMinutes(session.Minutes)));
                attendance.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    /// <summary>An instant as EF Core stores it in SQLite.</summary>
    private static string Stored(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static (string Stage, string[] Attends) Stage(int week)
    {
        var (_, stage, attends) = Course.First(c => week <= c.Last);
        return (stage, attends);
    }
}
