using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Recording;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Measures;

public sealed class CohortOutcomesTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));

    public void Dispose() => _h.Dispose();

    private static CourseWeek Week(int cohortWeek, int clientWeek, UrineWeek urine, bool inTreatment = true, bool ended = true, bool breath = false) =>
        new(cohortWeek, clientWeek, inTreatment, ended, urine, breath);

    [Fact]
    public void RetentionIsCountedInEachClientsOwnWeeks()
    {
        var report = CohortOutcomes.Calculate(
        [
            new("A", "A.", [Week(1, 1, UrineWeek.Negative), Week(2, 2, UrineWeek.Negative), Week(3, 3, UrineWeek.Negative)], CourseEnd.InTreatment, []),
            // Joined in week 2 and was discharged during their second week.
            new("B", "B.", [Week(2, 1, UrineWeek.Negative), Week(3, 2, UrineWeek.Missing, inTreatment: false)], CourseEnd.LeftEarly, []),
        ]);
        Assert.Equal([new RetentionWeek(1, 2, 2), new RetentionWeek(2, 2, 1), new RetentionWeek(3, 1, 1)], report.Retention);
        Assert.Equal(50, report.Retention[1].Percent);
    }

    [Fact]
    public void AMissingTestCountsAsPositiveAndWeeksOutOfTreatmentOrNotEndedDoNotCount()
    {
        var report = CohortOutcomes.Calculate(
        [
            new("A", "A.", [Week(1, 1, UrineWeek.Negative), Week(2, 1 + 1, UrineWeek.Missing), Week(3, 3, UrineWeek.Positive), Week(4, 4, UrineWeek.Negative)], CourseEnd.InTreatment, []),
            new("B", "B.", [Week(1, 1, UrineWeek.Negative), Week(2, 2, UrineWeek.Missing, inTreatment: false), Week(3, 3, UrineWeek.Missing, ended: false)], CourseEnd.LeftEarly, []),
        ]);
        // Counted: A's four weeks and B's first. Negative: A weeks 1 and 4, B week 1.
        Assert.Equal((5, 3), (report.UrineWeeks, report.NegativeWeeks));
        Assert.Equal(60, report.NegativePercent);
        Assert.Equal(new TestWeekTally(1, 2, 0, 0), report.TestsByWeek[0]);
        Assert.Equal(new TestWeekTally(2, 0, 0, 1), report.TestsByWeek[1]);
        Assert.Equal([1, 2, 3, 4], report.TestsByWeek.Select(t => t.CohortWeek));
    }

    [Fact]
    public void TheLongestAbstinenceRunIsBrokenByAMissingTestOrAPositiveBreathTest()
    {
        var a = new OutcomeCourse("A", "A.",
        [
            Week(1, 1, UrineWeek.Negative), Week(2, 2, UrineWeek.Negative), Week(3, 3, UrineWeek.Missing),
            Week(4, 4, UrineWeek.Negative), Week(5, 5, UrineWeek.Negative), Week(6, 6, UrineWeek.Negative), Week(7, 7, UrineWeek.Negative, breath: true),
        ], CourseEnd.InTreatment, []);
        var b = new OutcomeCourse("B", "B.", [Week(1, 1, UrineWeek.Negative), Week(2, 2, UrineWeek.Negative)], CourseEnd.InTreatment, []);
        Assert.Equal(3, a.LongestAbstinentRun);
        var report = CohortOutcomes.Calculate([b, a]);
        Assert.Equal(("A", 3), (report.LongestRun!.ClientId, report.LongestRun.LongestAbstinentRun));
        Assert.Null(CohortOutcomes.Calculate([new("C", "C.", [Week(1, 1, UrineWeek.Missing)], CourseEnd.InTreatment, [])]).LongestRun);
    }

    [Fact]
    public void ThePhq9ChangeIsTheLatestLessTheBaselineAveragedOverClientsWithTwoScores()
    {
        var report = CohortOutcomes.Calculate(
        [
            new("A", "A.", [], CourseEnd.InTreatment, [18, 14, 9]),
            new("B", "B.", [], CourseEnd.InTreatment, [10, 13]),
            new("C", "C.", [], CourseEnd.InTreatment, [20]),
            new("D", "D.", [], CourseEnd.InTreatment, []),
        ]);
        Assert.Equal(2, report.Phq9Clients);
        Assert.Equal(-3, report.Phq9MeanChange);
        Assert.Equal(new ClientOutcome("A", "A.", CourseEnd.InTreatment, 0, 18, 9, -9), report.ByClient[0]);
        Assert.Equal(new ClientOutcome("C", "C.", CourseEnd.InTreatment, 0, 20, null, null), report.ByClient[2]);
    }

    [Fact]
    public void CompletionIsOfTheCoursesThatEnded()
    {
        var report = CohortOutcomes.Calculate(
        [
            new("A", "A.", [], CourseEnd.Completed, []),
            new("B", "B.", [], CourseEnd.Completed, []),
            new("C", "C.", [], CourseEnd.LeftEarly, []),
            new("D", "D.", [], CourseEnd.InTreatment, []),
        ]);
        Assert.Equal((2, 1, 1), (report.Completed, report.LeftEarly, report.InTreatment));
        Assert.Equal(200.0 / 3, report.CompletionPercent!.Value, 6);
        Assert.Null(CohortOutcomes.Calculate([new("D", "D.", [], CourseEnd.InTreatment, [])]).CompletionPercent);
        Assert.Null(CohortOutcomes.Calculate([]).NegativePercent);
    }

    [Fact]
    public void FromASnapshotTestsDischargesAndStruckMeasuresAreReadAsTheFiguresNeed()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4));
        _h.Enrol(CohortId, "A", 1);
        _h.Enrol(CohortId, "B", 1);
        _h.Result(CohortId, "A", new LocalDate(2027, 1, 4), "negative");
        _h.Result(CohortId, "B", new LocalDate(2027, 1, 4), "negative");
        Phq9(CohortId, "A", new LocalDate(2027, 1, 4), 2);
        var struck = Phq9(CohortId, "A", new LocalDate(2027, 1, 4), 3);
        _h.Engine.Measures.Strike(CohortId, struck.Measure.Id, "typed into the wrong client", "test");
        _h.SetLocal(new LocalDateTime(2027, 1, 12, 9, 0));
        _h.Engine.Weeks.AdvanceDue();
        _h.Result(CohortId, "A", new LocalDate(2027, 1, 12), "positive");
        Phq9(CohortId, "A", new LocalDate(2027, 1, 12), 1);
        _h.Engine.Clinical.Discharge(new ClinicalRequest { CohortId = CohortId, ClientId = "B", Reason = "moved away", Actor = "test" });
        _h.SetLocal(new LocalDateTime(2027, 1, 19, 9, 0));
        _h.Engine.Weeks.AdvanceDue();

        var whole = _h.Engine.Snapshots.Whole(CohortId);
        var courses = CohortOutcomes.Courses(whole.Cohort, whole.Clients);
        var a = courses.Single(c => c.ClientId == "A");
        var b = courses.Single(c => c.ClientId == "B");
        Assert.Equal([UrineWeek.Negative, UrineWeek.Positive, UrineWeek.Missing], a.Weeks.Select(w => w.Urine));
        Assert.Equal([true, true, false], a.Weeks.Select(w => w.Ended));
        Assert.Equal([true, false, false], b.Weeks.Select(w => w.InTreatment));
        Assert.Equal((CourseEnd.InTreatment, CourseEnd.LeftEarly), (a.End, b.End));
        // Every item answered 2, then 1: 18, then 9; the struck 27 counts nowhere.
        Assert.Equal([18, 9], a.Phq9);

        var report = CohortOutcomes.Of(whole.Cohort, whole.Clients);
        Assert.Equal((3, 2), (report.UrineWeeks, report.NegativeWeeks));
        Assert.Equal([new RetentionWeek(1, 2, 2), new RetentionWeek(2, 2, 1), new RetentionWeek(3, 2, 1)], report.Retention);
        Assert.Equal((1, -9.0), (report.Phq9Clients, report.Phq9MeanChange));
        Assert.Equal(0, report.CompletionPercent);
    }

    private MeasureOutcome Phq9(string cohort, string client, LocalDate on, int each) =>
        _h.Engine.Measures.Record(new MeasureRequest
        {
            CohortId = cohort,
            ClientId = client,
            Instrument = "PHQ9",
            AnsweredOn = on,
            Answers = Enumerable.Range(1, 9).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => each),
            Actor = "test",
        });
}
