using IopCurriculum.Domain.Curricula;
using Xunit;
using static IopCurriculum.Definitions.Tests.Curricula.SampleFiles;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>What one file names in another: track files, track and handout codes across tracks, handouts a session refers to.</summary>
public class CurriculumLoaderReferenceTests
{
    [Fact]
    public void MissingTrackFileIsLocatedAtItsListItem()
    {
        var main = TextPosition.Replace(Main, "  - tracks/yy.yaml", "  - tracks/zz.yaml");
        using var folder = WithBase(curriculum: main);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), TextPosition.Of(main, "tracks/zz.yaml"),
            "track file", "zz.yaml", "does not exist");
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
}
