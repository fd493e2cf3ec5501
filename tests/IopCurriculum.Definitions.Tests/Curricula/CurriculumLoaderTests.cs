using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Domain.Curricula;
using NodaTime;
using Xunit;
using static IopCurriculum.Definitions.Tests.Curricula.SampleFiles;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>A folder or its curriculum file loads whole; a failed load reports every problem in file order and yields nothing.</summary>
public class CurriculumLoaderTests
{
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
