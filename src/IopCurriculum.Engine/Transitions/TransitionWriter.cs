using System.Text.Json;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Transitions;

/// <summary>
/// Fires one trigger on one instance and writes what follows into the caller's unit of work: the new
/// stage, a journal entry, an outbox entry per action, and any session an action books. The caller
/// saves it all in one transaction.
/// </summary>
internal static class TransitionWriter
{
    /// <param name="journalRefusal">
    /// Whether a trigger that fires no transition is still journaled. Scheduled occurrences are (so the
    /// occurrence counts as done); a clinician's request that the workflow refuses is not written at all.
    /// </param>
    public static (JournalRecord? Entry, FireOutcome Outcome) Apply(
        IopDbContext db,
        EngineContext context,
        CohortSetting setting,
        EnrolmentRecord enrolment,
        InstanceRecord instance,
        WorkflowMachine machine,
        WorkflowTrigger trigger,
        WorkflowFacts facts,
        Occurrence occurrence,
        bool journalRefusal = true)
    {
        var now = context.UtcNow;
        var outcome = machine.Fire(instance.Stage, trigger, facts);
        if (!outcome.Fired && !journalRefusal) return (null, outcome);
        var entry = new JournalRecord
        {
            CohortId = setting.Cohort.Id,
            InstanceId = instance.Id,
            FromStage = outcome.From,
            ToStage = outcome.To,
            Trigger = TriggerNames.Of(trigger),
            OccurrenceKey = occurrence.Key,
            Week = occurrence.Week,
            Actor = occurrence.Actor,
            AtUtc = now,
            Reason = occurrence.Reason ?? outcome.Transition?.Note ?? outcome.Refusal,
        };
        db.Journal.Add(entry);

        if (outcome.Entered)
        {
            instance.Stage = outcome.To;
            // A stage entered at a week boundary counts from the next week; one entered mid-week counts this week.
            instance.StageSinceWeek = trigger == WorkflowTrigger.WeekElapsed ? occurrence.Week + 1 : occurrence.Week;
            instance.Active = machine.Definition.FindStage(outcome.To) is not { Final: true };
        }
        instance.Revision++;
        instance.UpdatedUtc = now;

        foreach (var action in outcome.Actions)
        {
            var arguments = new Dictionary<string, string>(action.Arguments, StringComparer.Ordinal)
            {
                ["client"] = enrolment.ClientId,
                ["stage"] = outcome.To,
                ["workflow"] = machine.Definition.Label,
            };
            db.Outbox.Add(action.Name switch
            {
                WorkflowActionNames.BookIndividualSession => Booking(db, context, setting, enrolment, trigger, occurrence, action, entry, arguments),
                WorkflowActionNames.PlanSessions => OutboxRows.DoneInTransition(entry, setting.Cohort.Id, enrolment.Id, action.Name,
                    JsonSerializer.Serialize(arguments), now, PlannedFor(machine.Definition.FindStage(outcome.To))),
                _ => OutboxRows.Pending(entry, setting.Cohort.Id, enrolment.Id, action.Name, JsonSerializer.Serialize(arguments), now),
            });
        }
        return (entry, outcome);
    }

    /// <summary>
    /// Rosters are read from the stage a client is in, so entering the stage is what re-plans their
    /// groups; the outcome says which groups those now are.
    /// </summary>
    internal static string PlannedFor(StageDefinition? stage) =>
        stage is null || stage.Attends.Count == 0
            ? $"{stage?.Name ?? "this stage"} attends no groups: the client is on no group roster from now on"
            : $"the client's rosters now follow {stage.Name}: {string.Join(", ", stage.Attends)}";

    /// <summary>
    /// Books inside the transition, so the session and the stage change commit together. With no open slot
    /// the action is an incident at once: someone has to find a time, and a retry books the first open slot then.
    /// </summary>
    private static OutboxRecord Booking(IopDbContext db, EngineContext context, CohortSetting setting, EnrolmentRecord enrolment,
        WorkflowTrigger trigger, Occurrence occurrence, WorkflowAction action, JournalRecord entry, Dictionary<string, string> arguments)
    {
        var now = context.UtcNow;
        var booked = Book(db, context, setting, enrolment, trigger, occurrence, action);
        if (booked is not null) arguments["booked"] = booked;
        var json = JsonSerializer.Serialize(arguments);
        if (booked is not null)
            return OutboxRows.DoneInTransition(entry, setting.Cohort.Id, enrolment.Id, action.Name, json, now, $"booked an individual session at {booked}");
        var row = OutboxRows.Pending(entry, setting.Cohort.Id, enrolment.Id, action.Name, json, now);
        ActionOutbox.MakeIncident(row, now, NoSlot);
        return row;
    }

    internal const string NoSlot = "no individual session slot is open this week or next";

    /// <summary>Books the next open slot of the individual track, this week or next; returns its local start.</summary>
    private static string? Book(IopDbContext db, EngineContext context, CohortSetting setting, EnrolmentRecord enrolment, WorkflowTrigger trigger, Occurrence occurrence, WorkflowAction action)
    {
        var tomorrow = context.Now.InZone(setting.Weeks.Zone).Date.PlusDays(1);
        var firstWeek = trigger == WorkflowTrigger.WeekElapsed ? occurrence.Week + 1 : Math.Max(1, setting.Weeks.WeekOf(tomorrow));
        return BookFrom(db, context, setting, enrolment, firstWeek, action.Arguments.GetValueOrDefault("track"), occurrence.Reason ?? $"booked by {TriggerNames.Of(trigger)}");
    }

    /// <summary>Books the first open slot of the individual track from tomorrow in <paramref name="firstWeek"/> or the week after; returns its local start.</summary>
    internal static string? BookFrom(IopDbContext db, EngineContext context, CohortSetting setting, EnrolmentRecord enrolment, int firstWeek, string? trackCode, string reason)
    {
        var track = IndividualTrack(setting.Curriculum, trackCode);
        if (track is null) return null;
        var tomorrow = context.Now.InZone(setting.Weeks.Zone).Date.PlusDays(1);
        for (var week = firstWeek; week <= Math.Min(firstWeek + 1, setting.Cohort.Weeks); week++)
        {
            var notBefore = LocalDate.Max(tomorrow, setting.Weeks.FirstDayOf(week));
            var booked = WeekPlanner.BookIndividual(setting.Curriculum, setting.Calendar, setting.Weeks.Start, week, track, null, 0, notBefore);
            if (booked is null) continue;
            var row = SessionRows.From(booked, setting.Cohort.Id, enrolment.Id, reason);
            db.PlannedSessions.Add(row);
            return row.LocalStart;
        }
        return null;
    }

    private static Track? IndividualTrack(Curriculum curriculum, string? code) =>
        code is not null
            ? curriculum.Tracks.FirstOrDefault(t => t.Code.Value == code)
            : curriculum.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Individual);
}
