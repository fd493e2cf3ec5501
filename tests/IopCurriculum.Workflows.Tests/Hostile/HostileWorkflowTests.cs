using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests.Hostile;

/// <summary>Workflow text built to break the reader: refused at the character that is wrong, never a crash.</summary>
public class HostileWorkflowTests
{
    private static void AssertSingle(LoadResult<WorkflowDefinition> result, (int Line, int Column) where, string phrase)
    {
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((SourceName, where.Line, where.Column), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(phrase, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedListsAreRefusedWhereTheLimitIsPassed()
    {
        // "title: " is 7 characters; the 64th '[' opens the 65th collection, counting the file's mapping.
        AssertSingle(With("title: Sample", "title: " + new string('[', 200_000)), (3, 8 + 63), "nesting deeper than 64 levels");
    }

    [Fact]
    public void DeeplyNestedMappingsInAGuardPlaceAreRefused()
    {
        // The guard stands in a transition (a mapping in the transitions list, in the file's mapping): three
        // collections deep already, so the 62nd '{' is the 65th collection.
        var deep = string.Concat(Enumerable.Repeat("{a: ", 30_000));
        AssertSingle(With("when: week >= 4", "when: " + deep), (26, 11 + (61 * 4)), "nesting deeper than 64 levels");
    }

    [Fact]
    public void ATabIndentingAStageIsReportedOnTheTabsLine()
    {
        AssertSingle(With("  - name: second", "\t- name: second"), (8, 1), "tab");
    }

    [Fact]
    public void AnUndefinedAliasIsReportedAtTheAlias()
    {
        AssertSingle(With("title: Sample", "title: *title"), (3, 8), "the alias '*title' refers to no anchor '&title'");
    }

    [Fact]
    public void ADeviceGivenAsTheWorkflowFileIsRefusedWithoutReadingIt()
    {
        var result = WorkflowLoader.Load("/dev/zero");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("/dev/zero:1:1: error: workflow file '/dev/zero' is empty or is not a regular file", diagnostic.ToString());
    }

    [Fact]
    public void TextLargerThanTheLimitIsRefusedBeforeItIsParsed()
    {
        var result = Parse(Text + "# " + new string('x', Definitions.Files.DefinitionFile.MaxBytes));
        AssertSingle(result, (1, 1), "a definition may have at most 1,048,576");
    }
}
