using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Tests.Support;
using IopCurriculum.Domain.Curricula;
using NodaTime;
using Xunit;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

public class CurriculumLoaderTests
{
    private const string Skills = SampleCurriculum.SkillsTrack;
    private const string Individual = SampleCurriculum.IndividualTrack;
    private const string Main = SampleCurriculum.Curriculum;

    [Fact]
    public void SampleCurriculumLoadsWhole()
    {
        using var folder = WithBase();
        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var curriculum = result.Value;
        Assert.Equal("test-iop", curriculum.Id.Value);
        Assert.Equal("1.0.0", curriculum.Version);
        Assert.Equal("Test IOP", curriculum.Title);
        Assert.Equal(16, curriculum.Weeks);
        Assert.Null(curriculum.Source);
        Assert.Equal(["XX", "YY"], curriculum.Tracks.Select(t => t.Code.Value));

        var skills = curriculum.FindTrack(new TrackCode("XX"))!;
        Assert.Equal(TrackKind.Group, skills.Kind);
        Assert.Equal(new WeekRange(1, 2), skills.Schedule.Weeks);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Friday], skills.Schedule.Days);
        Assert.Equal(2, skills.Schedule.PerWeek);
        Assert.Equal(new LocalTime(19, 0), skills.Schedule.SuggestedStart);
        Assert.Equal(new Capacity(4, 10), skills.Profile.Capacity);
        Assert.Equal(SequenceKind.Fixed, skills.Sequence);
        Assert.Equal(["XX 1", "XX 2", "XX 3", "XX 4"], skills.Sessions.Select(s => s.Code.ToString()));

        // Session 1 has its own run-sheet; the others take the track's default.
        Assert.Equal(["Check-in", "Topic presentation", "Open discussion"], skills.Sessions[0].Format.Select(b => b.Name));
        Assert.Equal(["Check-in", "Topic"], skills.Sessions[1].Format.Select(b => b.Name));
        Assert.Equal(Provenance.Unverified, skills.Sessions[2].Provenance);
        Assert.Equal("Check against the manual.", skills.Sessions[2].Content.ProvenanceNote);
        Assert.Equal([new HandoutCode("XX 2A")], skills.Sessions[1].Content.Handouts);

        var individual = curriculum.FindTrack(new TrackCode("YY"))!;
        Assert.Equal(Cadence.AsNeeded, individual.Schedule.Cadence);
        Assert.Equal([1, 8], individual.Sessions.Select(s => s.Content.Week ?? 0));
        Assert.All(individual.Sessions, s => Assert.Equal(50, s.Minutes));
    }

    [Fact]
    public void ACurriculumFilePathLoadsLikeItsFolder()
    {
        using var folder = WithBase();
        var result = CurriculumLoader.Load(folder.PathOf(CurriculumFile));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(2, result.Value.Tracks.Count);
    }

    [Fact]
    public void InlineTrackLoads()
    {
        var inline = Main.Replace("  - tracks/yy.yaml\n", "", StringComparison.Ordinal) + """
              - code: ZZ
                name: Inline
                kind: testing
                schedule: { weeks: "1-16", days: [Mon, Wed], per_week: 1, start: "17:00" }
                minutes: 15
                leaders: [counselor]
                sequence: repeat
                sessions:
                  - number: 1
                    title: Weekly Test
                    provenance: adapted
                    goals: [Test]
                    format: [{ block: Test, minutes: 15 }]

            """;
        using var folder = WithBase(curriculum: inline);
        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var testing = result.Value.FindTrack(new TrackCode("ZZ"))!;
        Assert.True(testing.Schedule.DrawsDays);
        Assert.Equal(["XX", "ZZ"], result.Value.Tracks.Select(t => t.Code.Value));
    }

    [Fact]
    public void UnknownKeyGetsADidYouMeanAndTheMissingFieldIsReportedAtTheSession()
    {
        var skills = TextPosition.Replace(Skills, "    title: Planning the Week", "    titel: Planning the Week");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count);
        var file = folder.PathOf(SkillsFile);
        DiagnosticAssert.At(result.Diagnostics[0], file, TextPosition.Of(skills, "number: 2"),
            "missing required field 'title'", "session XX 2");
        DiagnosticAssert.At(result.Diagnostics[1], file, TextPosition.Of(skills, "titel:"),
            "unknown key 'titel'", "session XX 2", "did you mean 'title'");
    }

    [Fact]
    public void UnknownKeyFarFromAnyKnownKeyGetsNoSuggestion()
    {
        var skills = TextPosition.Replace(Skills, "minutes: 90\n", "minutes: 90\nwibble: yes\n");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        DiagnosticAssert.Single(result, folder.PathOf(SkillsFile), TextPosition.Of(skills, "wibble:"), "unknown key 'wibble' in track XX");
        Assert.DoesNotContain("did you mean", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyInTheCurriculumFile()
    {
        var main = TextPosition.Replace(Main, "weeks: 16", "weeks: 16\nsoruce: A manual");
        using var folder = WithBase(curriculum: main);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), TextPosition.Of(main, "soruce"),
            "unknown key 'soruce' in the curriculum", "did you mean 'source'");
    }

    [Fact]
    public void MinutesThatAreNotANumber()
    {
        var skills = TextPosition.Replace(Skills, "    goals: [Plan the week]\n", "    goals: [Plan the week]\n    minutes: ninety\n");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "ninety"),
            "'minutes' must be a whole number", "not 'ninety'");
    }

    [Fact]
    public void TrackMinutesOutOfRange()
    {
        var individual = TextPosition.Replace(Individual, "minutes: 50\nleaders", "minutes: 0\nleaders");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "0\nleaders"),
            "'minutes' must be between 1 and 480, not 0");
    }

    [Fact]
    public void GoalsWrittenAsASingleValueInsteadOfAList()
    {
        var skills = TextPosition.Replace(Skills, "goals: [Name three triggers]", "goals: Name three triggers");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "Name three triggers"),
            "'goals' in session XX 3 must be a list", "not 'Name three triggers'");
    }

    [Fact]
    public void EmptyGoalsListIsReported()
    {
        var skills = TextPosition.Replace(Skills, "goals: [Name three triggers]", "goals: []");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "[]"), "'goals' lists no goals");
    }

    [Fact]
    public void AMappingWhereTextBelongs()
    {
        var skills = TextPosition.Replace(Skills, "name: Skills Group", "name:\n  first: Skills");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "first:"),
            "'name' in track XX must be a text, not a mapping");
    }

    [Fact]
    public void UnknownEnumValueSuggestsTheCloseOne()
    {
        var skills = TextPosition.Replace(Skills, "sequence: fixed", "sequence: fixd");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "fixd"),
            "'sequence' must be one of fixed | topic-list | repeat, not 'fixd'", "did you mean 'fixed'");
    }

    [Fact]
    public void MissingRequiredSessionTitleIsLocatedAtTheSession()
    {
        var skills = TextPosition.Replace(Skills, "    title: Handling Triggers\n", "");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "number: 3"),
            "missing required field 'title' in session XX 3");
    }

    [Fact]
    public void MissingRequiredTrackFieldIsLocatedAtTheTopOfTheFile()
    {
        var skills = TextPosition.Replace(Skills, "leaders: [counselor]\n", "");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), (1, 1), "missing required field 'leaders' in track XX");
    }

    [Fact]
    public void KeyWithoutAValueIsReportedWhereTheValueShouldBe()
    {
        var main = TextPosition.Replace(Main, "title: Test IOP", "title:");
        using var folder = WithBase(curriculum: main);
        // The empty value stands right after the key's colon.
        var key = TextPosition.Of(main, "title:");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (key.Line, key.Column + "title:".Length),
            "'title' in the curriculum has no value");
    }

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
    public void DuplicateTrackCodeAcrossTwoTrackFiles()
    {
        var individual = TextPosition.Replace(Individual, "code: YY", "code: XX");
        using var folder = WithBase(individual: individual);
        var result = folder.Load();

        var first = TextPosition.Of(Skills, "XX");
        DiagnosticAssert.Single(result, folder.PathOf(IndividualFile), TextPosition.Of(individual, "XX"),
            "duplicate track code 'XX'", $"first defined at {folder.PathOf(SkillsFile)}:{first.Line}:{first.Column}");
    }

    [Fact]
    public void MalformedTrackCode()
    {
        var individual = TextPosition.Replace(Individual, "code: YY", "code: yy");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "yy"),
            "'yy' is not a valid track code");
    }

    [Fact]
    public void DuplicateHandoutCodeAcrossTracks()
    {
        var individual = TextPosition.Replace(Individual, "sessions:", """
            handouts:
              - code: XX 1A
                title: Another Sheet
                provenance: adapted
            sessions:
            """);
        using var folder = WithBase(individual: individual);
        var first = TextPosition.Of(Skills, "XX 1A");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "XX 1A"),
            "duplicate handout code 'XX 1A'", $"first defined at {folder.PathOf(SkillsFile)}:{first.Line}:{first.Column}");
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
    public void UnknownHandoutReferenceCloseToADefinedOne()
    {
        var skills = TextPosition.Replace(Skills, "handouts: [XX 2A]", "handouts: [XX 1A, XX 2B]");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "XX 2B"),
            "session XX 2 refers to handout 'XX 2B', which no track defines (did you mean 'XX 2A'?)");
    }

    [Fact]
    public void UnknownHandoutReferenceUnlikeAnyDefinedOne()
    {
        var skills = TextPosition.Replace(Skills, "handouts: [XX 2A]", "handouts: [Workbook]");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();
        DiagnosticAssert.Single(result, folder.PathOf(SkillsFile), TextPosition.Of(skills, "Workbook"),
            "session XX 2 refers to handout 'Workbook', which no track defines");
        Assert.DoesNotContain("did you mean", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HandoutDefinedInAnotherTrackMayBeReferenced()
    {
        var individual = TextPosition.Replace(Individual, "goals: [Welcome the client]", "goals: [Welcome the client]\n    handouts: [XX 1A]");
        using var folder = WithBase(individual: individual);
        var result = folder.Load();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal([new HandoutCode("XX 1A")], result.Value.FindSession(new SessionCode(new TrackCode("YY"), 1))!.Content.Handouts);
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

    [Fact]
    public void BlankHandoutReferenceIsReportedNotThrown()
    {
        var skills = TextPosition.Replace(Skills, "handouts: [XX 2A]", "handouts: [XX 2A, \"\"]");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "\"\""),
            "an item of 'handouts' is empty");
    }

    [Fact]
    public void BlankSessionTitleIsReportedNotThrown()
    {
        var skills = TextPosition.Replace(Skills, "title: Planning the Week", "title: \"  \"");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "\"  \""),
            "'title' in session XX 2 is empty");
    }

    [Fact]
    public void BlankTrackNameIsReportedNotThrown()
    {
        var skills = TextPosition.Replace(Skills, "name: Skills Group", "name: \" \"");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "\" \""),
            "'name' in track XX is empty");
    }

    [Fact]
    public void DuplicateKeyIsReportedAtTheSecondKey()
    {
        var skills = TextPosition.Replace(Skills, "    title: Looking Ahead\n", "    title: Looking Ahead\n    title: Looking Back\n");
        using var folder = WithBase(skills: skills);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), TextPosition.Of(skills, "title: Looking Back"),
            "not valid YAML", "Duplicate key title");
    }

    [Fact]
    public void MissingTrackFileIsLocatedAtItsListItem()
    {
        var main = TextPosition.Replace(Main, "  - tracks/yy.yaml", "  - tracks/zz.yaml");
        using var folder = WithBase(curriculum: main);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), TextPosition.Of(main, "tracks/zz.yaml"),
            "track file", "zz.yaml", "does not exist");
    }

    [Fact]
    public void MissingCurriculumFolderFile()
    {
        using var folder = new CurriculumFolder();
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (1, 1), "curriculum file", "does not exist");
    }

    [Fact]
    public void CurriculumWithoutTracks()
    {
        var main = TextPosition.Replace(Main, "  - tracks/xx.yaml\n  - tracks/yy.yaml\n", "");
        using var folder = WithBase(curriculum: main);
        var key = TextPosition.Of(main, "tracks:");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (key.Line, key.Column + "tracks:".Length),
            "a curriculum needs at least one track");
    }

    [Fact]
    public void InvalidCurriculumIdAndVersion()
    {
        var main = TextPosition.Replace(TextPosition.Replace(Main, "id: test-iop", "id: Test_IOP"), "version: 1.0.0", "version: one");
        using var folder = WithBase(curriculum: main);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var file = folder.PathOf(CurriculumFile);
        Assert.Collection(result.Diagnostics,
            d => DiagnosticAssert.At(d, file, TextPosition.Of(main, "Test_IOP"), "'Test_IOP' is not a valid curriculum id"),
            d => DiagnosticAssert.At(d, file, TextPosition.Of(main, "one"), "'one' is not a valid version"));
    }

    [Fact]
    public void UnclosedQuoteIsReportedWithALocationAndNoException()
    {
        var skills = TextPosition.Replace(Skills, "start: \"19:00\"", "start: \"19:00");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(folder.PathOf(SkillsFile), diagnostic.Location.File);
        Assert.Equal(TextPosition.Of(skills, "\"19:00"), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadIndentationIsReportedWithALocationAndNoException()
    {
        var skills = TextPosition.Replace(Skills, "  days: [Mon, Fri]", "   days: [Mon, Fri]");
        using var folder = WithBase(skills: skills);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(folder.PathOf(SkillsFile), diagnostic.Location.File);
        Assert.Equal(TextPosition.Of(skills, "days:"), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.StartsWith("not valid YAML: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCurriculumFile()
    {
        using var folder = WithBase(curriculum: "");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (1, 1), "curriculum file", "is empty or is not a regular file");
    }

    [Fact]
    public void EmptyTrackFileIsReportedInThatFile()
    {
        using var folder = WithBase(individual: "# nothing yet\n");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), (1, 1), "track file is empty");
    }

    [Fact]
    public void FileThatIsAListInsteadOfAMapping()
    {
        const string list = "- id: test-iop\n";
        using var folder = WithBase(curriculum: list);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (1, 1), "a curriculum file must be a mapping");
    }

    [Fact]
    public void SecondYamlDocumentIsReported()
    {
        var main = Main + "---\nid: other\n";
        using var folder = WithBase(curriculum: main);
        var result = folder.Load();
        DiagnosticAssert.Single(result, folder.PathOf(CurriculumFile), TextPosition.Of(main, "id: other"),
            "holds one YAML document", "remove the second '---'");
    }

    [Fact]
    public void ManyProblemsAcrossTwoFilesAreAllReportedInFileOrder()
    {
        var main = TextPosition.Replace(Main, "version: 1.0.0", "version: one");
        var skills = Skills;
        skills = TextPosition.Replace(skills, "days: [Mon, Fri]", "days: [Mnday, Fri]");
        skills = TextPosition.Replace(skills, "handouts: [XX 1A]", "handouts: [XX 9A]");
        skills = TextPosition.Replace(skills, "    title: Planning the Week", "    titel: Planning the Week");
        skills = TextPosition.Replace(skills, "goals: [Name three triggers]", "goals: [Name three triggers]\n    minutes: ninety");
        var individual = TextPosition.Replace(Individual, "week: 8", "week: 9");
        using var folder = WithBase(curriculum: main, skills: skills, individual: individual);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        var mainFile = folder.PathOf(CurriculumFile);
        var skillsFile = folder.PathOf(SkillsFile);
        var individualFile = folder.PathOf(IndividualFile);
        Assert.Collection(result.Diagnostics,
            d => DiagnosticAssert.At(d, mainFile, TextPosition.Of(main, "one"), "not a valid version"),
            d => DiagnosticAssert.At(d, skillsFile, TextPosition.Of(skills, "Mnday"), "'Mnday' is not a day"),
            d => DiagnosticAssert.At(d, skillsFile, TextPosition.Of(skills, "XX 9A"), "refers to handout 'XX 9A'"),
            d => DiagnosticAssert.At(d, skillsFile, TextPosition.Of(skills, "number: 2"), "missing required field 'title'"),
            d => DiagnosticAssert.At(d, skillsFile, TextPosition.Of(skills, "titel"), "unknown key 'titel'", "did you mean 'title'"),
            d => DiagnosticAssert.At(d, skillsFile, TextPosition.Of(skills, "ninety"), "not 'ninety'"),
            d => DiagnosticAssert.At(d, individualFile, TextPosition.Of(individual, "9\n"), "session YY 2 is set in week 9"));

        var ordered = result.Diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column);
        Assert.Equal(ordered, result.Diagnostics);
    }

    [Fact]
    public void AFailedLoadNeverYieldsACurriculum()
    {
        var skills = TextPosition.Replace(Skills, "minutes: 30", "minutes: 25");
        var individual = TextPosition.Replace(Individual, "week: 8", "week: 9");
        using var folder = WithBase(skills: skills, individual: individual);
        var result = folder.Load();

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Diagnostics.Count);
        var thrown = Assert.Throws<DefinitionException>(() => result.Value);
        Assert.Equal(result.Diagnostics, thrown.Diagnostics);
        foreach (var diagnostic in result.Diagnostics)
            Assert.Contains(diagnostic.ToString(), thrown.Message, StringComparison.Ordinal);
        Assert.Contains($"{folder.PathOf(SkillsFile)}:", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(": error: ", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticPrintsLikeACompiler()
    {
        var diagnostic = new Diagnostic(new SourceLocation("a/b.yaml", 3, 7), "something is wrong");
        Assert.Equal("a/b.yaml:3:7: error: something is wrong", diagnostic.ToString());
    }

    [Fact]
    public void BlankPathIsRefused()
    {
        Assert.Throws<ArgumentException>(() => CurriculumLoader.Load(" "));
    }
}
