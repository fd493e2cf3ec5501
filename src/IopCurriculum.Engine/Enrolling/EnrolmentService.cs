using IopCurriculum.Workflows;
using IopCurriculum.Engine.Actions;
using System.Text.Json;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Enrolling;

/// <summary>
/// Rolling admission: enrols a client into a cohort at a week, starts an instance of each of the
/// cohort's workflows pinned to the stored version, and books the client's individual sessions.
/// </summary>
public sealed partial class EnrolmentService
{
    private readonly EngineContext _context;

    internal EnrolmentService(EngineContext context) => _context = context;

    public EnrolmentResult Enrol(EnrolRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientId = FieldRules.ClientId(request.ClientId);
        var given = FieldRules.OptionalName(request.GivenName, "the first name");
        var family = FieldRules.OptionalName(request.FamilyName, "the family name");
        var reason = FieldRules.Note(request.Reason, "the reason", FieldRules.ReasonLength);
        var written = UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var now = _context.Now;
            var running = Math.Max(1, setting.Weeks.WeekAt(now));
            // Left out, the week is the first still open: this week, or the next once this one was advanced by hand.
            var week = request.Week ?? Math.Max(running, cohort.WeeksAdvanced + 1);
            if (week < 1 || week > cohort.Weeks)
                throw EngineException.InvalidField("week", $"there is no week {week}: cohort {cohort.Id} runs weeks 1 to {cohort.Weeks}");
            if (week < running || week <= cohort.WeeksAdvanced)
                throw EngineException.InvalidField("week",
                    $"week {week} is in the past: week {week} of cohort {cohort.Id} ended on {setting.Weeks.LastDayOf(week):uuuu-MM-dd}; the client can join week {Math.Max(running, cohort.WeeksAdvanced + 1)} or later");

            var client = db.Clients.SingleOrDefault(c => c.Id == clientId);
            if (client is null)
            {
                if (given is null || family is null)
                    throw EngineException.InvalidField("names", $"client {clientId} is new to the program: give their first and family names");
                client = new ClientRecord
                {
                    Id = clientId,
                    ProgramId = cohort.ProgramId,
                    GivenName = given,
                    FamilyName = family,
                    CreatedUtc = _context.UtcNow,
                };
                db.Clients.Add(client);
            }
            else if (client.ProgramId != cohort.ProgramId)
            {
                throw EngineException.Conflict($"client {client.Id} belongs to program {client.ProgramId}, not {cohort.ProgramId}");
            }

            var existing = db.Enrolments.FirstOrDefault(e => e.CohortId == cohort.Id && e.ClientId == client.Id);
            if (existing is not null)
                throw EngineException.Conflict($"client {client.Id} is already enrolled in cohort {cohort.Id} (from week {existing.StartWeek})");

            var enrolment = new EnrolmentRecord { CohortId = cohort.Id, ClientId = client.Id, StartWeek = week, EnrolledUtc = _context.UtcNow };
            db.Enrolments.Add(enrolment);
            db.SaveChanges();
            db.EnrolmentEvents.Add(new EnrolmentEventRecord
            {
                EnrolmentId = enrolment.Id, Kind = "enrolled", Week = week, AtUtc = _context.UtcNow, Actor = request.Actor, Reason = reason,
            });

            var instances = new List<StartedWorkflow>();
            foreach (var workflow in cohort.Workflows)
            {
                var definition = workflow.Definition!;
                var machine = _context.Machine(definition);
                var instance = new InstanceRecord
                {
                    EnrolmentId = enrolment.Id,
                    DefinitionId = definition.Id,
                    Stage = machine.Definition.InitialStage,
                    StageSinceWeek = week,
                    WeeksProcessed = week - 1,
                    UpdatedUtc = _context.UtcNow,
                };
                db.Instances.Add(instance);
                db.SaveChanges();
                instances.Add(new StartedWorkflow(instance.Id, definition.Id, definition.Name, instance.Stage));

                var entry = new JournalRecord
                {
                    CohortId = cohort.Id,
                    InstanceId = instance.Id,
                    FromStage = "",
                    ToStage = instance.Stage,
                    Trigger = TriggerNames.Enrol,
                    OccurrenceKey = OccurrenceKeys.Enrolled(enrolment.Id, definition.Name),
                    Week = week,
                    Actor = request.Actor,
                    AtUtc = _context.UtcNow,
                    Reason = request.Reason ?? $"{machine.Definition.Label}, from cohort week {week}",
                };
                db.Journal.Add(entry);
                var stage = machine.Definition.FindStage(instance.Stage);
                foreach (var action in stage?.OnEntry ?? [])
                {
                    var arguments = JsonSerializer.Serialize(new Dictionary<string, string>(action.Arguments)
                        { ["client"] = client.Id, ["stage"] = instance.Stage, ["workflow"] = machine.Definition.Label });
                    db.Outbox.Add(action.Name switch
                    {
                        // Enrolment books the client's own individual sessions below, whatever the stage asks.
                        WorkflowActionNames.BookIndividualSession => OutboxRows.DoneInTransition(entry, cohort.Id, enrolment.Id, action.Name, arguments,
                            _context.UtcNow, "enrolment books the client's individual sessions; see the client's sessions"),
                        WorkflowActionNames.PlanSessions => OutboxRows.DoneInTransition(entry, cohort.Id, enrolment.Id, action.Name, arguments,
                            _context.UtcNow, Transitions.TransitionWriter.PlannedFor(stage)),
                        _ => OutboxRows.Pending(entry, cohort.Id, enrolment.Id, action.Name, arguments, _context.UtcNow),
                    });
                }
            }

            var unbooked = new List<string>();
            var booked = BookIndividualSessions(db, setting, enrolment, week, unbooked);
            return (Enrolment: enrolment, Instances: instances, Booked: booked, Unbooked: unbooked, setting.Curriculum);
        });
        // Mapped once the unit has committed: the booked sessions' ids are only known then.
        var client = written.Enrolment.ClientId;
        return new EnrolmentResult(
            ClientEnrolment.From(written.Enrolment), written.Instances,
            [.. written.Booked.Select(row => CalendarSession.From(written.Curriculum, row, client, _context.Now))], written.Unbooked);
    }

    /// <summary>The client's own individual sessions: those the curriculum places in a client week, counted from the start week.</summary>
    private List<PlannedSessionRecord> BookIndividualSessions(Persistence.IopDbContext db, CohortSetting setting, EnrolmentRecord enrolment, int startWeek, List<string> unbooked)
    {
        var booked = new List<PlannedSessionRecord>();
        var today = _context.Now.InZone(setting.Weeks.Zone).Date;
        foreach (var track in setting.Curriculum.Tracks.Where(t => t.Schedule.Cadence == Cadence.AsNeeded))
            foreach (var session in track.Sessions.Where(s => s.Content.Week is not null))
            {
                var week = startWeek + session.Content.Week!.Value - 1;
                if (week > setting.Cohort.Weeks) continue;
                // A week whose individual-session days are all closed books the first open one the week after.
                var planned = Enumerable.Range(week, Math.Min(2, setting.Cohort.Weeks - week + 1))
                    .Select(w => WeekPlanner.BookIndividual(setting.Curriculum, setting.Calendar, setting.Weeks.Start, w, track, session, session.Number,
                        LocalDate.Max(setting.Weeks.FirstDayOf(w), today)))
                    .FirstOrDefault(p => p is not null);
                if (planned is null)
                {
                    unbooked.Add($"{session.Code} (client week {session.Content.Week}): no open {track.Code} day in cohort week {week} or the week after");
                    continue;
                }
                var row = SessionRows.From(planned, setting.Cohort.Id, enrolment.Id, $"client week {session.Content.Week}");
                db.PlannedSessions.Add(row);
                booked.Add(row);
            }
        return booked;
    }
}
