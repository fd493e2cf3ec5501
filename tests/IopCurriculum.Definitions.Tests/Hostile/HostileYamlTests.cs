using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Files;
using IopCurriculum.Definitions.Tests.Support;
using Xunit;
using static IopCurriculum.Definitions.Tests.Support.CurriculumFolder;

namespace IopCurriculum.Definitions.Tests.Hostile;

/// <summary>
/// Text that breaks YAML itself, or is built to break a reader of it: each is refused with one
/// diagnostic at the character that is wrong, and none crashes or hangs the loader.
/// </summary>
public class HostileYamlTests
{
    private const string DeepFlow = "tracks: ";

    /// <summary>The 64th '[' opens the 65th collection (the file's own mapping is the first): one too many.</summary>
    private const int FirstRefusedBracketColumn = 9 + 63;

    [Fact]
    public void DeeplyNestedFlowListsAreRefusedWhereTheLimitIsPassedNotByAStackOverflow()
    {
        // Far deeper than the tree builder's stack could take: this file used to end the process.
        using var folder = WithBase(curriculum: "id: test-iop\n" + DeepFlow + new string('[', 100_000) + "\n");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (2, FirstRefusedBracketColumn),
            "nesting deeper than 64 levels of lists and mappings");
    }

    [Fact]
    public void DeeplyNestedFlowMappingsInATrackFileAreRefusedInThatFile()
    {
        using var folder = WithBase(skills: "code: XX\ngoals: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "\n");
        // "goals: " is 7 characters; each "{a: " is 4, and the 64th '{' is the 65th collection.
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(SkillsFile), (2, 8 + (63 * 4)), "nesting deeper than 64 levels");
    }

    [Fact]
    public void DeeplyNestedBlockMappingsAreRefusedAtTheirLine()
    {
        var lines = Enumerable.Range(0, 100).Select(i => new string(' ', i) + "k:");
        using var folder = WithBase(curriculum: string.Join('\n', lines) + " end\n");
        // Line n holds the n-th mapping's only key; the 65th mapping starts on line 65, under key 64.
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (65, 65), "nesting deeper than 64 levels");
    }

    [Fact]
    public void DeepNestingInACalendarIsRefusedWithoutCrashing()
    {
        var result = ProgramCalendarLoader.Parse("program: P\nclosures: " + new string('[', 70_000), "deep.yaml");
        DiagnosticAssert.Single(result, "deep.yaml", (2, 11 + 63), "nesting deeper than 64 levels");
    }

    [Fact]
    public void NestingUpToTheLimitStillLoadsAsYaml()
    {
        // 63 lists inside the file's mapping: 64 collections, the most allowed. The value is wrong for
        // 'description', and that is what is reported, not the nesting.
        var text = SampleCurriculum.Curriculum.Replace("description: A small curriculum for tests.",
            "description: " + new string('[', 63) + new string(']', 63), StringComparison.Ordinal);
        using var folder = WithBase(curriculum: text);
        var diagnostic = Assert.Single(folder.Load().Diagnostics);
        Assert.DoesNotContain("nesting", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'description'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATabUsedForIndentationIsReportedAtTheTab()
    {
        var text = SampleCurriculum.Curriculum.Replace("  - tracks/yy.yaml", "\t- tracks/yy.yaml", StringComparison.Ordinal);
        using var folder = WithBase(curriculum: text);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 1), "not valid YAML", "tab");
    }

    [Fact]
    public void ATabIndentingAListItemIsReportedOnItsOwnLineNotTheOneBefore()
    {
        var result = ProgramCalendarLoader.Parse("program: P\nopen_days:\n  - Mon\n\t- Tue\n", "tabs.yaml");
        DiagnosticAssert.Single(result, "tabs.yaml", (4, 1), "not valid YAML", "tab");
    }

    [Fact]
    public void AnUnclosedBracketIsReportedWhereItOpens()
    {
        var text = SampleCurriculum.Curriculum.Replace("weeks: 16", "weeks: [16", StringComparison.Ordinal);
        using var folder = WithBase(curriculum: text);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (5, 8), "the list opened by this '[' is not closed");
    }

    [Fact]
    public void AnAliasToNoAnchorIsReportedAtTheAlias()
    {
        var text = SampleCurriculum.Curriculum.Replace("title: Test IOP", "title: *name", StringComparison.Ordinal);
        using var folder = WithBase(curriculum: text);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (3, 8), "the alias '*name' refers to no anchor '&name'");
    }

    [Fact]
    public void AnAliasInsideTheNodeItNamesIsRefusedAsSelfContaining()
    {
        var result = ProgramCalendarLoader.Parse("program: P\nopen_days: &days [Mon, *days]\n", "loop.yaml");
        DiagnosticAssert.Single(result, "loop.yaml", (2, 24), "the alias '*days' stands inside the very node '&days' names");
    }

    [Fact]
    public void AnAliasToAnEarlierAnchorStillWorks()
    {
        var result = ProgramCalendarLoader.Parse(
            "program: P\ntimezone: America/Los_Angeles\nopen_days: &days [Mon, Tue]\ntracks:\n  XX: { days: *days, start: \"18:00\" }\n", "anchors.yaml");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void AnAliasBombIsReadWithoutExpandingIt()
    {
        // Nine levels of ten aliases each would be a billion items if expanded.
        var lines = new List<string> { "program: P", "timezone: America/Los_Angeles", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        var result = ProgramCalendarLoader.Parse(string.Join('\n', lines) + "\n", "bomb.yaml");
        Assert.Equal(9, result.Diagnostics.Count(d => d.Message.Contains("unknown key 'a", StringComparison.Ordinal)));
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefusedBeforeItIsParsed()
    {
        using var folder = WithBase(skills: "code: XX\n# " + new string('x', DefinitionFile.MaxBytes) + "\n");
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (7, 5), "track file", "a definition file may have at most 1,048,576");
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRefusedWithThatReason()
    {
        using var folder = WithBase();
        File.WriteAllBytes(folder.PathOf(IndividualFile), [.. "code: YY\nname: Caf"u8, 0xE9, .. "\n"u8]);
        DiagnosticAssert.Single(folder.Load(), folder.PathOf(CurriculumFile), (8, 5), "track file", "is not UTF-8 text");
    }
}
