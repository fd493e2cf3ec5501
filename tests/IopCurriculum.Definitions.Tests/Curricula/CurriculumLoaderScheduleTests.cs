using Xunit;
using static IopCurriculum.Definitions.Tests.Curricula.SampleFiles;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>A track's schedule: weeks inside the curriculum, days, times per week, start time and capacity.</summary>
public class CurriculumLoaderScheduleTests
{
    [Fact]
    public void TrackWeeksBeyondTheCurriculumAreLocatedAtTheWeeksValue()
    {
        var individual = TextPosition.Replace(Individual, "weeks: \"1-8\"", "weeks: \"1-20\"");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "\"1-20\""),
            "track YY runs in weeks 1-20, outside the curriculum's weeks 1-16");
    }

    [Fact]
    public void WeekRangeThatEndsBeforeItStarts()
    {
        var individual = TextPosition.Replace(Individual, "weeks: \"1-8\"", "weeks: \"8-1\"");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "\"8-1\""),
            "'weeks' must be a week or a range of weeks", "not '8-1'");
    }

    [Fact]
    public void SessionWeekOutsideItsTrack()
    {
        var individual = TextPosition.Replace(Individual, "week: 8", "week: 9");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "9\n"),
            "session YY 2 is set in week 9, outside its track's weeks 1-8");
    }

    [Fact]
    public void MisspeltWeekdaySuggestsTheDay()
    {
        var skills = TextPosition.Replace(Skills, "days: [Mon, Fri]", "days: [Mnday, Fri]");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();
        DiagnosticAssert.Single(result, folder.PathOf(SkillsFile), TextPosition.Of(skills, "Mnday"),
            "'Mnday' is not a day such as Mon");
        var message = result.Diagnostics[0].Message;
        Assert.True(
            message.Contains("did you mean 'Monday'", StringComparison.Ordinal) || message.Contains("did you mean 'Mon'", StringComparison.Ordinal),
            message);
    }

    [Fact]
    public void DayListedTwice()
    {
        var skills = TextPosition.Replace(Skills, "days: [Mon, Fri]", "days: [Mon, Monday]");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "[Mon, Monday]"),
            "a day is listed twice");
    }

    [Fact]
    public void PerWeekAboveTheNumberOfDays()
    {
        var skills = TextPosition.Replace(Skills, "per_week: 2", "per_week: 3");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "per_week"),
            "per_week is 3 but must be between 1 and the number of days listed (2)");
    }

    [Fact]
    public void MalformedStartTime()
    {
        var skills = TextPosition.Replace(Skills, "start: \"19:00\"", "start: 7pm");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "7pm"),
            "'start' must be a 24-hour local time", "not '7pm'");
    }

    [Fact]
    public void CapacityMinAboveMax()
    {
        var skills = TextPosition.Replace(Skills, "{ min: 4, max: 10 }", "{ min: 12, max: 10 }");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "{ min: 12"),
            "capacity min 12 is more than max 10");
    }
}
