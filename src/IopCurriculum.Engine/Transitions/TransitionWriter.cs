using System.Text.Json;
using IopCurriculum.Domain.Curricula;
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
    public const string BookIndividualSession = "book-individual-session";

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
            if (action.Name == BookIndividualSession)
                arguments["booked"] = Book(db, context, setting, enrolment, trigger, occurrence, action) ?? "no open slot left this week or next";
            db.Outbox.Add(new OutboxRecord
            {
                Journal = entry,
                CohortId = setting.Cohort.Id,
                EnrolmentId = enrolment.Id,
                Action = action.Name,
                Arguments = JsonSerializer.Serialize(arguments),
                CreatedUtc = now,
            });
        }
        return (entry, outcome);
    }

    /// <summary>Books the next open slot of the individual track, this week or next; returns its local start.</summary>
    private static string? Book(IopDbContext db, EngineContext context, CohortSetting setting, EnrolmentRecord enrolment, WorkflowTrigger trigger, Occurrence occurrence, WorkflowAction action)
    {
        var track = IndividualTrack(setting.Curriculum, action.Arguments.GetValueOrDefault("track"));
        if (track is null) return null;
        var today = context.Now.InZone(setting.Weeks.Zone).Date;
        var tomorrow = today.PlusDays(1);
        var firstWeek = trigger == WorkflowTrigger.WeekElapsed ? occurrence.Week + 1 : Math.Max(1, setting.Weeks.WeekOf(tomorrow));
        for (var week = firstWeek; week <= Math.Min(firstWeek + 1, setting.Cohort.Weeks); week++)
        {
            var notBefore = LocalDate.Max(tomorrow, setting.Weeks.FirstDayOf(week));
            var booked = WeekPlanner.BookIndividual(setting.Curriculum, setting.Calendar, setting.Weeks.Start, week, track, null, 0, notBefore);
            if (booked is null) continue;
            var row = SessionRows.From(booked, setting.Cohort.Id, enrolment.Id, occurrence.Reason ?? $"booked by {TriggerNames.Of(trigger)}");
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
