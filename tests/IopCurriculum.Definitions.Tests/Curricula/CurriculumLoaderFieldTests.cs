using Xunit;
using static IopCurriculum.Definitions.Tests.Curricula.SampleFiles;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Curricula;

/// <summary>Keys and values: unknown, missing, blank or mistyped fields are reported at the key or value, with a suggestion where one is close.</summary>
public class CurriculumLoaderFieldTests
{
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
    public void MalformedTrackCode()
    {
        var individual = TextPosition.Replace(Individual, "code: YY", "code: yy");
        using var folder = WithBase(individual: individual);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(IndividualFile), TextPosition.Of(individual, "yy"),
            "'yy' is not a valid track code");
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
}
