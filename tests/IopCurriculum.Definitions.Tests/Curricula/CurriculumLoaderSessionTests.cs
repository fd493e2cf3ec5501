using Xunit;
using static IopCurriculum.Definitions.Tests.Curricula.SampleFiles;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>A track's sessions: their numbering, their run-sheets' minutes, and as many as the sequence needs.</summary>
public class CurriculumLoaderSessionTests
{
    [Fact]
    public void DuplicateSessionCode()
    {
        var skills = TextPosition.Replace(Skills, "number: 4", "number: 3");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        var file = folder.PathOf(SkillsFile);
        var first = TextPosition.Of(skills, "3\n    title: Handling", 1);
        var second = TextPosition.Of(skills, "3\n    title: Looking", 1);
        DiagnosticAssert.Single(result, file, second,
            "duplicate session code 'XX 3'", $"first defined at {file}:{first.Line}:{first.Column}");
    }

    [Fact]
    public void SessionsOutOfOrder()
    {
        var skills = TextPosition.Replace(
            TextPosition.Replace(Skills, "number: 2", "number: 9"),
            "number: 3", "number: 2");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "9\n"),
            "sessions of XX must be numbered 1, 2, 3… in order: expected 2 here, found 9");
    }

    [Fact]
    public void SessionFormatMinutesThatDoNotAddUpAreLocatedAtItsFormatKey()
    {
        var skills = TextPosition.Replace(Skills, "minutes: 30", "minutes: 25");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "format:", 2),
            "session XX 1", "add up to 85 minutes but the session lasts 90 (5 missing)");
    }

    [Fact]
    public void SessionFormatWithTooManyMinutes()
    {
        var skills = TextPosition.Replace(Skills, "minutes: 30", "minutes: 40");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "format:", 2),
            "add up to 100 minutes but the session lasts 90 (10 too many)");
    }

    [Fact]
    public void SessionMinutesOverrideIsCheckedAgainstTheDefaultFormatAtTheTracksFormatKey()
    {
        var skills = TextPosition.Replace(Skills, "goals: [Plan the next month]", "goals: [Plan the next month]\n    minutes: 60");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "format:"),
            "session XX 4", "add up to 90 minutes but the session lasts 60 (30 too many)");
    }

    [Fact]
    public void SessionWithoutAnyFormatIsReportedAtTheSession()
    {
        var individual = TextPosition.Replace(Individual, """
            format:
              - block: Session
                minutes: 50
                leader: Meet the client.

            """, "");
        using var folder = WithBase(individual: individual);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var file = folder.PathOf(IndividualFile);
        Assert.Collection(result.Diagnostics,
            d => DiagnosticAssert.At(d, file, TextPosition.Of(individual, "number: 1"), "session YY 1 has no 'format'"),
            d => DiagnosticAssert.At(d, file, TextPosition.Of(individual, "number: 2"), "session YY 2 has no 'format'"));
    }

    [Fact]
    public void FixedSequenceWithTooFewSessions()
    {
        var skills = TextPosition.Replace(Skills, """
              - number: 4
                title: Looking Ahead
                provenance: adapted
                goals: [Plan the next month]

            """, "");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "sessions:"),
            "track XX meets 2 time(s) a week in weeks 1-2, so its fixed sequence needs 4 sessions, not 3");
    }

    [Fact]
    public void RepeatTrackWithTwoSessions()
    {
        var individual = TextPosition.Replace(Individual, "sequence: topic-list", "sequence: repeat");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "sessions:"),
            "track YY repeats one session at every slot, so it needs exactly 1 session, not 2");
    }

    [Fact]
    public void TrackWithAnEmptySessionListIsReportedNotThrown()
    {
        var individual = Individual[..Individual.IndexOf("sessions:", StringComparison.Ordinal)] + "sessions: []\n";
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "sessions:"),
            "track YY has no sessions");
    }

    [Fact]
    public void TrackWithoutSessionsIsReportedOnce()
    {
        var individual = Individual[..Individual.IndexOf("sessions:", StringComparison.Ordinal)];
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), (1, 1), "missing required field 'sessions' in track YY");
    }
}
