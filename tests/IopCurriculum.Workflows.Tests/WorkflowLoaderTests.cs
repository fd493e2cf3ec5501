using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The sample loads whole; each kind of mistake is reported at its exact place, with nothing loaded.</summary>
public class WorkflowLoaderTests
{
    [Fact]
    public void SampleLoadsWhole()
    {
        var result = Parse(Text);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var definition = result.Value;
        Assert.Equal("sample", definition.Name);
        Assert.Equal(1, definition.Version);
        Assert.Equal("sample v1", definition.Label);
        Assert.Equal("Sample", definition.Title);
        Assert.Equal("first", definition.InitialStage);
        Assert.Equal(["first", "second", "last"], definition.Stages.Select(s => s.Name));
        Assert.Equal(Text, definition.Source);

        var second = definition.FindStage("second")!;
        Assert.Equal("The middle.", second.Description);
        Assert.False(second.Final);
        Assert.Equal(["render-guides", "issue-reward"], second.OnEntry.Select(a => a.Name));
        Assert.Empty(second.OnEntry[0].Arguments);
        Assert.Equal("10", second.OnEntry[1].Argument("amount"));
        Assert.True(definition.FindStage("last")!.Final);
        Assert.Null(definition.FindStage("nowhere"));

        Assert.Equal(4, definition.Transitions.Count);
        var first = definition.Transitions[0];
        Assert.Equal(["first"], first.From);
        Assert.Equal(WorkflowTrigger.WeekElapsed, first.Trigger);
        Assert.Equal("second", first.To);
        Assert.Equal("stage_weeks >= 2 and attended(XX) >= 3", first.When!.ToString());
        Assert.Equal(["attended", "stage_weeks"], first.When.Names.Order(StringComparer.Ordinal));
        var stay = definition.Transitions[1];
        Assert.Null(stay.To);
        Assert.True(stay.Stays);
        Assert.Equal(["notify-team"], stay.Actions.Select(a => a.Name));
        Assert.Equal(["first", "second"], definition.Transitions[3].From);
        Assert.Null(definition.Transitions[3].When);
        Assert.Equal(["XX"], definition.TrackCodes);
    }

    [Fact]
    public void AMissingFileIsReportedAtItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-workflow-" + Guid.NewGuid().ToString("N") + ".yaml");
        var result = WorkflowLoader.Load(path);
        DiagnosticAssert.Single(result, (1, 1), $"workflow file '{path}' does not exist", path);
    }

    [Fact]
    public void AFileIsReportedByItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "workflow-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, TextPosition.Replace(Text, "initial: first", "initial: frist"));
        try
        {
            var result = WorkflowLoader.Load(path);
            DiagnosticAssert.Single(result, (4, 10), "'initial' names unknown stage 'frist' (did you mean 'first'?)", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidYaml()
    {
        var result = With("title: Sample", "title: Sample: again");
        DiagnosticAssert.Single(result, (3, 14), "not valid YAML: While scanning a plain scalar value, found invalid mapping.");
    }

    [Fact]
    public void AnUnclosedBracketIsInvalidYamlRatherThanACrash()
    {
        var result = With("title: Sample", "title: [Sample");
        DiagnosticAssert.Single(result, (3, 8), "not valid YAML: the list opened by this '[' is not closed where YAML expects it");
    }

    [Fact]
    public void EmptyText()
    {
        DiagnosticAssert.Single(Parse(""), (1, 1), "workflow file is empty");
    }

    [Fact]
    public void NotAMapping()
    {
        DiagnosticAssert.Single(Parse("- just\n- a list\n"), (1, 1), "a workflow file must be a mapping of 'key: value' lines");
    }

    [Theory]
    [InlineData("workflow: sample\n", "workflow")]
    [InlineData("version: 1\n", "version")]
    [InlineData("title: Sample\n", "title")]
    [InlineData("initial: first\n", "initial")]
    public void MissingHeaderField(string line, string key)
    {
        var result = With(line, "");
        DiagnosticAssert.Single(result, (1, 1), $"missing required field '{key}' in the workflow");
    }

    [Fact]
    public void MissingStages()
    {
        var text = Text[..Text.IndexOf("stages:", StringComparison.Ordinal)];
        DiagnosticAssert.Single(Parse(text), (1, 1), "missing required field 'stages' in the workflow");
    }

    [Fact]
    public void UnknownKeyInTheWorkflow()
    {
        var result = With("title: Sample", "titel: Sample");
        Assert.Equal(
            [
                $"{SourceName}:1:1: error: missing required field 'title' in the workflow",
                $"{SourceName}:3:1: error: unknown key 'titel' in the workflow (did you mean 'title'?)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

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

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("one")]
    public void VersionNotAPositiveWholeNumber(string version)
    {
        var result = With("version: 1", $"version: {version}");
        DiagnosticAssert.Single(result, (2, 10), $"'version' must be a whole number of 1 or more, such as 1, not '{version}'");
    }

    [Theory]
    [InlineData("Sample")]
    [InlineData("sample_flow")]
    [InlineData("2-sample")]
    [InlineData("sample-")]
    public void BadWorkflowName(string name)
    {
        var result = With("workflow: sample", $"workflow: {name}");
        DiagnosticAssert.Single(result, (1, 11),
            $"'{name}' is not a valid workflow name: use lower-case letters, digits and dashes, starting with a letter, such as matrix-client");
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
            "'on' must be one of week-elapsed | session-recorded | test-result | clinical-override | discharge | readmit, not 'test-results' (did you mean 'test-result'?)");
    }

    [Fact]
    public void UnknownAction()
    {
        var result = With("actions: [notify-team]", "actions: [notify-teams]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "notify-team]"), "unknown action 'notify-teams' (did you mean 'notify-team'?)");
    }

    [Fact]
    public void UnknownActionWithNothingClose()
    {
        var result = With("on_entry: [plan-sessions]", "on_entry: [celebrate]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "plan-sessions"),
            "unknown action 'celebrate'; the actions are plan-sessions, render-guides, refresh-care-plan, book-individual-session, issue-reward, notify-team");
    }

    [Fact]
    public void UnknownActionArgument()
    {
        var result = With("amount: 10", "amout: 10");
        Assert.Equal(
            [
                $"{SourceName}:12:9: error: issue-reward needs 'amount'",
                $"{SourceName}:12:33: error: unknown argument 'amout' for issue-reward (did you mean 'amount'?); it takes 'amount', 'note'",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void RewardAmountMustBePositive()
    {
        var result = With("amount: 10", "amount: ten");
        DiagnosticAssert.Single(result, (12, 41), "'amount' of issue-reward must be a positive number such as 10, not 'ten'");
    }

    [Fact]
    public void RewardWrittenAsANameLacksItsAmount()
    {
        var result = With("on_entry: [plan-sessions]", "on_entry: [issue-reward]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "plan-sessions"), "issue-reward needs 'amount': write it as { action: issue-reward, amount: ... }");
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

    [Fact]
    public void EveryProblemAtOnceInFileOrder()
    {
        var text = Text
            .Replace("title: Sample", "titel: Sample", StringComparison.Ordinal)
            .Replace("result == positive", "result == postive", StringComparison.Ordinal)
            .Replace("to: last", "to: lats", StringComparison.Ordinal);
        var result = Parse(text);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                $"{SourceName}:1:1: error: missing required field 'title' in the workflow",
                $"{SourceName}:3:1: error: unknown key 'titel' in the workflow (did you mean 'title'?)",
                $"{SourceName}:22:21: error: 'postive' is not a result: one of negative | positive | missed | invalid (did you mean 'positive'?)",
                $"{SourceName}:27:9: error: 'to' names unknown stage 'lats' (did you mean 'last'?)",
                $"{SourceName}:30:9: error: 'to' names unknown stage 'lats' (did you mean 'last'?)",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
