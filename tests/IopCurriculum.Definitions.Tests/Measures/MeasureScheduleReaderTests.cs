using Xunit;
using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Testing;

namespace IopCurriculum.Definitions.Tests.Measures;

public class MeasureScheduleReaderTests
{
    private static Definitions.Diagnostics.LoadResult<MeasureSchedule> Parse(string text) =>
        MeasureScheduleReader.Parse(text, DiagnosticAssert.InMemorySource, BuiltInMeasures.Instruments);

    [Fact]
    public void AScheduleReadsAndWritesBackTheSame()
    {
        var text = "measures:\n  - { measure: PHQ9, from_week: 1, every_weeks: 2 }\n  - { measure: BAM, from_week: 2, every_weeks: 1, until_week: 12 }\n";
        var schedule = Parse(text).Value;
        Assert.Equal(12, schedule.For(new MeasureId("BAM"))!.UntilWeek);
        Assert.Equal(text, MeasureScheduleReader.Write(schedule));
    }

    [Fact]
    public void AnUnknownMeasureIsNamedWithTheOnesThereAre() =>
        DiagnosticAssert.Single(Parse("measures:\n  - { measure: PHQ8, every_weeks: 2 }\n"), (2, 16),
            "no instrument is called 'PHQ8' (did you mean 'PHQ9'?); the instruments are PHQ9, GAD7, BAM, CRAVING");

    [Fact]
    public void AMeasureScheduledTwiceIsRefused() =>
        DiagnosticAssert.Single(Parse("measures:\n  - { measure: BAM, every_weeks: 1 }\n  - { measure: BAM, every_weeks: 2 }\n"), (3, 16),
            "BAM is scheduled twice; give one rule per measure");

    [Fact]
    public void AnEndBeforeTheStartIsRefused() =>
        DiagnosticAssert.Single(Parse("measures:\n  - { measure: BAM, from_week: 4, every_weeks: 1, until_week: 2 }\n"), (2, 63),
            "'until_week' (2) is before 'from_week' (4)");

    [Fact]
    public void AOnceOnlyMeasureIsDueInItsWeekAndNeverAgain()
    {
        var once = new MeasureDue(new MeasureId("GAD7"), 3, 0);
        Assert.Null(once.LatestDueWeek(2));
        Assert.Equal(3, once.LatestDueWeek(9));
        Assert.Null(once.NextDueWeek(3));
        Assert.Equal("in week 3", once.Describe());
    }

    [Fact]
    public void UntilEndsTheRun()
    {
        var rule = new MeasureDue(new MeasureId("BAM"), 1, 1, 4);
        Assert.Equal(4, rule.LatestDueWeek(10));
        Assert.Null(rule.NextDueWeek(4));
    }
}
