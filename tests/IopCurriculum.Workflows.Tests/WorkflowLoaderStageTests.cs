using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>Stages and the transitions between them: names, triggers, final stages, and stages that cannot be reached or left.</summary>
public class WorkflowLoaderStageTests
{
    [Fact]
    public void AStageNamesTheGroupsItAttends()
    {
        var result = With("description: The middle.", "description: The middle.\n    attends: [RP, FE]");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["RP", "FE"], result.Value.FindStage("second")!.Attends);
        Assert.Empty(result.Value.FindStage("first")!.Attends);
        Assert.Equal(["FE", "RP", "XX"], result.Value.TrackCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAttendedTrackMustLookLikeATrackCode()
    {
        var result = With("description: The middle.", "description: The middle.\n    attends: [RP, relapse prevention]");
        DiagnosticAssert.Single(result, (10, 19),
            "'relapse prevention' is not a track code; write it as in the curriculum, such as ER or RP");
    }

    [Fact]
    public void UnknownKeyInAStage()
    {
        var result = With("description: The middle.", "descripton: The middle.");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "description"), "unknown key 'descripton' in stage 'second' (did you mean 'description'?)");
    }

    [Fact]
    public void UnknownKeyInATransition()
    {
        var result = With("when: week >= 4", "wen: week >= 4");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "when: week"), "unknown key 'wen' in transition #3 (did you mean 'when'?)");
    }

    [Fact]
    public void BadStageName()
    {
        var text = Text.Replace("first", "First", StringComparison.Ordinal);
        var result = Parse(text);
        Assert.Equal(
            $"{SourceName}:6:11: error: 'First' is not a valid stage name: use lower-case letters, digits and dashes, starting with a letter, such as early-recovery",
            result.Diagnostics[0].ToString());
    }

    [Fact]
    public void DuplicateStage()
    {
        var result = With("  - name: last\n", "  - name: second\n");
        var (line, column) = TextPosition.Of(Text, "last\n");
        Assert.Contains($"{SourceName}:{line}:{column}: error: duplicate stage 'second' (first defined at {SourceName}:8:11)",
            result.Diagnostics.Select(d => d.ToString()));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void InitialNamesAnUnknownStage()
    {
        var result = With("initial: first", "initial: frist");
        DiagnosticAssert.Single(result, (4, 10), "'initial' names unknown stage 'frist' (did you mean 'first'?)");
    }

    [Fact]
    public void FromNamesAnUnknownStage()
    {
        var result = With("from: [first, second]", "from: [first, secnd]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "second]"), "'from' names unknown stage 'secnd' (did you mean 'second'?)");
    }

    [Fact]
    public void ToNamesAnUnknownStage()
    {
        var result = With("to: second", "to: secondd");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "second\n  - from: second"), "'to' names unknown stage 'secondd' (did you mean 'second'?)");
    }

    [Fact]
    public void UnknownTrigger()
    {
        var result = With("on: test-result", "on: test-results");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "test-result"),
            "'on' must be one of week-elapsed | session-recorded | test-result | clinical-override | discharge | readmit | measure-recorded, not 'test-results' (did you mean 'test-result'?)");
    }

    [Fact]
    public void TransitionOutOfAFinalStage()
    {
        var text = TextPosition.Replace(Text, "from: [first, second]", "from: [first, second, last]");
        DiagnosticAssert.Single(Parse(text), TextPosition.Of(text, "last]"), "stage 'last' is final: only a readmit transition may leave it, not discharge");
    }

    [Fact]
    public void ReadmitMayLeaveAFinalStage()
    {
        var text = Text + """
              - from: last
                on: readmit
                to: first

            """;
        Assert.True(Parse(text).Succeeded);
    }

    [Fact]
    public void UnreachableStage()
    {
        var text = TextPosition.Replace(Text, "  - name: last\n", "  - name: orphan\n  - name: last\n") + """
              - from: orphan
                on: week-elapsed
                to: last

            """;
        DiagnosticAssert.Single(Parse(text), (13, 11), "stage 'orphan' cannot be reached from the initial stage 'first'");
    }

    [Fact]
    public void ATransitionAfterAnUnguardedOneNeverApplies()
    {
        var text = TextPosition.Replace(Text, "    when: week >= 4\n", "");
        text += """
              - from: second
                on: week-elapsed
                when: week >= 8
                to: first

            """;
        var (line, column) = TextPosition.Of(text, "second", 6);
        var (unguardedLine, unguardedColumn) = TextPosition.Of(text, "from: second", 2);
        DiagnosticAssert.Single(Parse(text), (line, column),
            $"this week-elapsed transition from 'second' can never apply: the one at {SourceName}:{unguardedLine}:{unguardedColumn} has no 'when', so it always applies first");
    }

    [Fact]
    public void ANonFinalStageWithNoWayOut()
    {
        var text = TextPosition.Replace(Text, "  - name: last\n", "  - name: stuck\n  - name: last\n") + """
              - from: first
                on: clinical-override
                when: target == stuck
                to: stuck

            """;
        DiagnosticAssert.Single(Parse(text), (13, 11),
            "stage 'stuck' has no way out: no transition leads from it to another stage; add one or mark it 'final: true'");
    }

    [Fact]
    public void AStayWithoutActionsDoesNothing()
    {
        var result = With("    actions: [notify-team]\n", "");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "from: second"), "this transition has neither 'to' nor 'actions', so it does nothing");
    }
}
