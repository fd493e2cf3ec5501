using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using NodaTime;

namespace IopCurriculum.Engine.Measures;

/// <summary>
/// Which measures each client should complete now, worked out from a snapshot and the program's
/// schedule. A measure falls due in a week of the client's own course; it is done by any measure of
/// that instrument answered from that week's first day on; once its week passes undone it is overdue
/// until one is recorded.
/// </summary>
public static class MeasuresDue
{
    /// <summary>What the client owes in the cohort week <paramref name="cohortWeek"/>; nothing for a client no longer in treatment.</summary>
    public static IReadOnlyList<MeasureDueItem> For(CohortSnapshot cohort, ClientSnapshot client, MeasureSchedule schedule, int cohortWeek)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(schedule);
        if (!client.Active) return [];
        var start = client.Enrolment.StartWeek;
        if (cohortWeek < start || cohortWeek > cohort.LastWeekFor(start)) return [];
        var clientWeek = cohortWeek - start + 1;
        var due = new List<MeasureDueItem>();
        foreach (var rule in schedule.Rules)
        {
            if (rule.LatestDueWeek(clientWeek) is not { } week) continue;
            var from = cohort.Weeks.FirstDayOf(start + week - 1);
            var done = client.Measures.Any(m => m.StruckUtc is null && m.Instrument == rule.Measure.Value && LocalDate.FromDateOnly(m.AnsweredOn) >= from);
            if (done) continue;
            var title = Definitions.Measures.BuiltInMeasures.Instruments.Find(rule.Measure.Value)?.Title ?? rule.Measure.Value;
            due.Add(new MeasureDueItem(client.Client.Id, client.RosterName, rule.Measure.Value, title, week, from, week < clientWeek));
        }
        return due;
    }

    /// <summary>Every client's measures due in the cohort's running week (its first week before it starts), in roster order.</summary>
    public static IReadOnlyList<MeasureDueItem> ForCohort(WholeCohort whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        return ForCohort(whole.Cohort, whole.Clients);
    }

    /// <summary>Every client's measures due in the cohort's running week (its first week before it starts).</summary>
    public static IReadOnlyList<MeasureDueItem> ForCohort(CohortSnapshot cohort, IEnumerable<ClientSnapshot> clients)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var schedule = ProgramService.MeasureScheduleOf(cohort.Program);
        var week = Math.Max(1, cohort.RunningWeek);
        return [.. clients.SelectMany(c => For(cohort, c, schedule, week))];
    }
}
