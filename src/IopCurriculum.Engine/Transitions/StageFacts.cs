using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Reviews;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Transitions;

/// <summary>Reads what a guard may ask about one client: weeks, attendance since the stage began, tests.</summary>
internal static class StageFacts
{
    /// <param name="week">The cohort week the trigger belongs to.</param>
    /// <param name="trigger">The trigger's own facts (track, status, result, target, results this week).</param>
    /// <param name="plan">Where the client's treatment plan stands now.</param>
    /// <param name="readsMeasures">Whether the instance's guards read measures; they are looked up only then, unless the trigger brings them.</param>
    public static WorkflowFacts Read(IopDbContext db, InstanceRecord instance, EnrolmentRecord enrolment, int week, PlanStanding plan, TriggerFacts? trigger = null, bool readsMeasures = false)
    {
        var attended = new Dictionary<string, int>(StringComparer.Ordinal);
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in CurrentAttendance(db, enrolment.Id))
        {
            if (entry.Week < instance.StageSinceWeek || entry.Week > week) continue;
            var status = AttendanceWords.Parse(entry.Status);
            if (status.Present()) attended[entry.TrackCode] = attended.GetValueOrDefault(entry.TrackCode) + 1;
            else if (status == AttendanceStatus.Absent) missed[entry.TrackCode] = missed.GetValueOrDefault(entry.TrackCode) + 1;
        }
        return new WorkflowFacts
        {
            Week = Math.Max(0, week - enrolment.StartWeek + 1),
            StageWeeks = Math.Max(0, week - instance.StageSinceWeek + 1),
            ConsecutiveNegatives = instance.ConsecutiveNegatives,
            Attended = attended,
            Missed = missed,
            ResultsThisWeek = trigger?.ResultsThisWeek ?? 0,
            Track = trigger?.Track,
            Status = trigger?.Status,
            Result = trigger?.Result,
            Target = trigger?.Target,
            Measure = trigger?.Measure,
            Measures = trigger?.Measures ?? (readsMeasures ? Measures.MeasureFactsReader.Read(db, enrolment.Id) : new Dictionary<string, MeasureFacts>()),
            PlanSigned = plan.HasSignedVersion,
            PlanReviewOverdue = plan.ReviewOverdue,
            GoalsActive = plan.GoalsActive,
            GoalsAchieved = plan.GoalsAchieved,
        };
    }

    /// <summary>The client's current attendance entries, with the session's track and week.</summary>
    private static IReadOnlyList<(long SessionId, string TrackCode, int Week, string Status)> CurrentAttendance(IopDbContext db, long enrolmentId) =>
        [.. db.CurrentAttendance.AsNoTracking()
            .Where(a => a.EnrolmentId == enrolmentId)
            .Select(a => new { a.PlannedSessionId, a.Status, a.Session!.TrackCode, a.Session.Week })
            .AsEnumerable()
            .Select(a => (a.PlannedSessionId, a.TrackCode, a.Week, a.Status))];
}

/// <summary>What the trigger itself tells a guard, beside the client's standing facts.</summary>
internal sealed record TriggerFacts(
    int ResultsThisWeek = 0,
    string? Track = null,
    string? Status = null,
    string? Result = null,
    string? Target = null,
    string? Measure = null,
    IReadOnlyDictionary<string, MeasureFacts>? Measures = null);
