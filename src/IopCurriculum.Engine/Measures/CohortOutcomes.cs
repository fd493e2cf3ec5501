using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Measures;

/// <summary>
/// Works out a cohort's outcomes from its snapshot, writing nothing. <see cref="Courses"/> reads each
/// client's weeks from the snapshot; <see cref="Calculate"/> is the arithmetic, on plain values.
/// </summary>
/// <remarks>
/// A client is out of treatment from the moment a discharge takes their course (the cohort's first
/// workflow) to a final stage, and back in if readmitted; a course that reaches a final stage any other
/// way is completed. A week of the course counts toward the tests once it has ended with the client in
/// treatment; its urine reads negative only if it has at least one urine test and every one was negative
/// (a missed, invalid or absent test counts as positive).
/// </remarks>
public static class CohortOutcomes
{
    public const string Phq9 = "PHQ9";

    public static CohortOutcomeReport Of(CohortSnapshot cohort, IEnumerable<ClientSnapshot> clients)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(clients);
        return Calculate(Courses(cohort, clients));
    }

    /// <summary>Each client's course as the figures read it.</summary>
    public static IReadOnlyList<OutcomeCourse> Courses(CohortSnapshot cohort, IEnumerable<ClientSnapshot> clients)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(clients);
        return [.. clients.Select(c => Course(cohort, c))];
    }

    public static CohortOutcomeReport Calculate(IReadOnlyList<OutcomeCourse> courses)
    {
        ArgumentNullException.ThrowIfNull(courses);
        var longest = courses.SelectMany(c => c.Weeks).Select(w => w.ClientWeek).DefaultIfEmpty(0).Max();
        var retention = Enumerable.Range(1, longest)
            .Select(k => new RetentionWeek(k,
                courses.Count(c => c.Weeks.Any(w => w.ClientWeek == k)),
                courses.Count(c => c.Weeks.Any(w => w.ClientWeek == k && w.InTreatment))))
            .ToList();
        var counted = courses.SelectMany(c => c.Weeks.Where(w => w.Counted)).ToList();
        var byWeek = counted.GroupBy(w => w.CohortWeek).OrderBy(g => g.Key)
            .Select(g => new TestWeekTally(g.Key, g.Count(w => w.Urine == UrineWeek.Negative), g.Count(w => w.Urine == UrineWeek.Positive), g.Count(w => w.Urine == UrineWeek.Missing)))
            .ToList();
        var byClient = courses.Select(c => new ClientOutcome(c.ClientId, c.RosterName, c.End, c.LongestAbstinentRun,
            c.Phq9.Count > 0 ? c.Phq9[0] : null, c.Phq9.Count > 1 ? c.Phq9[^1] : null, c.Phq9Change)).ToList();
        var changes = courses.Select(c => c.Phq9Change).OfType<int>().ToList();
        return new CohortOutcomeReport(
            courses.Count,
            retention,
            courses.Count(c => c.End == CourseEnd.Completed),
            courses.Count(c => c.End == CourseEnd.LeftEarly),
            courses.Count(c => c.End == CourseEnd.InTreatment),
            counted.Count,
            counted.Count(w => w.Urine == UrineWeek.Negative),
            byWeek,
            byClient,
            changes.Count,
            changes.Count == 0 ? null : changes.Average());
    }

    private static OutcomeCourse Course(CohortSnapshot cohort, ClientSnapshot client)
    {
        var start = client.Enrolment.StartWeek;
        var last = Math.Min(cohort.LastWeekFor(start), cohort.RunningWeek);
        var steps = CourseSteps(cohort, client);
        var results = client.Results.ToLookup(r => cohort.Weeks.WeekOf(LocalDate.FromDateOnly(r.CollectedOn)));
        var weeks = new List<CourseWeek>();
        for (var week = start; week <= last; week++)
        {
            var end = cohort.Weeks.EndOf(week);
            var ended = end <= cohort.ReadAt;
            var inTreatment = !DischargedAt(steps, ended ? end : cohort.ReadAt);
            var tests = results[week].ToList();
            weeks.Add(new CourseWeek(week, week - start + 1, inTreatment, ended, Urine(tests), tests.Any(t => IsBreath(t) && t.Outcome is "positive" or "invalid")));
        }
        var phq9 = client.Measures
            .Where(m => m.StruckUtc is null && m.Instrument == Phq9 && m.Score is not null)
            .OrderBy(m => m.AnsweredOn).ThenBy(m => m.Id)
            .Select(m => m.Score!.Value)
            .ToList();
        return new OutcomeCourse(client.Client.Id, client.RosterName, weeks, End(client, steps), phq9);
    }

    private static UrineWeek Urine(List<TestResultRecord> tests)
    {
        var urine = tests.Where(t => !IsBreath(t)).ToList();
        if (urine.Count == 0) return UrineWeek.Missing;
        return urine.All(t => t.Outcome == "negative") ? UrineWeek.Negative : UrineWeek.Positive;
    }

    private static bool IsBreath(TestResultRecord test) => test.Kind == "breath";

    /// <summary>The course's steps by when they took effect: the stage, whether it is final, and whether a discharge led there.</summary>
    private static List<(Instant At, bool Final, bool Discharge)> CourseSteps(CohortSnapshot cohort, ClientSnapshot client)
    {
        if (client.Course is not { } course) return [];
        return [.. course.Steps
            .Select((s, i) => (At: s.EffectiveAt(cohort.Weeks), Final: course.Definition.FindStage(s.Stage)?.Final == true, Discharge: s.IsDischarge, i))
            .OrderBy(s => s.At).ThenBy(s => s.i)
            .Select(s => (s.At, s.Final, s.Discharge))];
    }

    private static bool DischargedAt(List<(Instant At, bool Final, bool Discharge)> steps, Instant at)
    {
        var before = steps.LastOrDefault(s => s.At <= at);
        return before.Final && before.Discharge;
    }

    private static CourseEnd End(ClientSnapshot client, List<(Instant At, bool Final, bool Discharge)> steps)
    {
        if (client.Course is not { } course || course.Instance.Active || steps.Count == 0) return CourseEnd.InTreatment;
        var lastStep = steps[^1];
        if (!lastStep.Final) return CourseEnd.InTreatment;
        return lastStep.Discharge ? CourseEnd.LeftEarly : CourseEnd.Completed;
    }
}
